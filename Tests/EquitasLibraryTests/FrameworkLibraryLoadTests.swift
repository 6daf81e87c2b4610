import EquitasCore
import EquitasLibrary
import Foundation
import Testing

@Suite struct FrameworkLibraryLoadTests {
    @Test func environmentNamesColonSeparatedDirectories() {
        let env = ["EQUITAS_FRAMEWORKS": "/srv/frameworks: /etc/equitas ::"]

        let directories = FrameworkLibrary.directoriesFromEnvironment(env)

        #expect(directories.map(\.path) == ["/srv/frameworks", "/etc/equitas"])
        #expect(FrameworkLibrary.directoriesFromEnvironment([:]) == [])
    }

    @Test func extraDirectoriesAreLoadedBesideTheBundledFrameworks() throws {
        let first = try TemporaryDirectory(), second = try TemporaryDirectory()
        try first.write(FrameworkFixture.valid, to: "test.yaml")
        try second.write(FrameworkFixture.valid.replacingOccurrences(of: "version: \"1\"", with: "version: \"2\""), to: "test-2.yml")
        try second.write("not: a framework", to: "notes.txt")
        let env = ["EQUITAS_FRAMEWORKS": "\(first.url.path):\(second.url.path)"]

        let catalog = try FrameworkLibrary.load(extraDirectories: FrameworkLibrary.directoriesFromEnvironment(env))

        #expect(catalog.framework("eflg-2021") != nil)
        #expect(catalog.frameworks.filter { $0.id == "test-framework" }.map(\.version) == ["1", "2"])
        #expect(catalog.framework("test-framework")?.version == "2")
    }

    @Test func theSameIdAndVersionTwiceNamesBothFiles() throws {
        let first = try TemporaryDirectory(), second = try TemporaryDirectory()
        let original = try first.write(FrameworkFixture.valid, to: "test.yaml")
        let copy = try second.write(FrameworkFixture.valid, to: "copy.yaml")

        let error = try #require(throws: FrameworkLibraryError.self) {
            try FrameworkLibrary.load(extraDirectories: [first.url, second.url])
        }

        #expect(error.errors.map(\.description) == [
            "\(copy.path):1: id: framework \"test-framework\" version \"1\" is already defined in \(original.path):1"
        ])
    }

    @Test func checkingFilesTogetherFindsAClash() throws {
        let directory = try TemporaryDirectory()
        let a = try directory.write(FrameworkFixture.valid, to: "a.yaml")
        let b = try directory.write(FrameworkFixture.valid, to: "b.yaml")

        let errors = FrameworkLibrary.check(files: [a, b])

        #expect(errors.map(\.description) == [
            "\(b.path):1: id: framework \"test-framework\" version \"1\" is already defined in \(a.path):1"
        ])
    }

    @Test func aBundledIdAndVersionCannotBeRedefined() throws {
        let directory = try TemporaryDirectory()
        let bundled = try String(contentsOf: FrameworkLibrary.bundledDirectory().appendingPathComponent("eflg-2021.yaml"), encoding: .utf8)
        try directory.write(bundled, to: "mine.yaml")

        let error = try #require(throws: FrameworkLibraryError.self) {
            try FrameworkLibrary.load(extraDirectories: [directory.url])
        }

        #expect(error.errors.map(\.field) == ["id"])
        #expect(error.errors.first?.message.contains("eflg-2021.yaml") == true)
    }

    @Test func loadListsEveryProblemInEveryFile() throws {
        let directory = try TemporaryDirectory()
        let a = try directory.write(FrameworkFixture.replacing(line: 27, with: "        level: hihg"), to: "a.yaml")
        let b = try directory.write(FrameworkFixture.removing(line: 3), to: "b.yaml")

        let error = try #require(throws: FrameworkLibraryError.self) {
            try FrameworkLibrary.load(extraDirectories: [directory.url])
        }

        #expect(error.description == """
            The framework library has 2 problems:
            \(a.path):27: modules[0].criteria[1].level: unknown level "hihg" (known: low, high)
            \(b.path):1: name: missing required text
            """)
    }

    @Test func aMissingDirectoryIsAnError() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.url.appendingPathComponent("nowhere")

        let error = try #require(throws: FrameworkLibraryError.self) {
            try FrameworkLibrary.load(extraDirectories: [missing])
        }

        #expect(error.errors.map(\.field) == ["(directory)"])
        #expect(error.errors.first?.file == missing.path)
    }
}
