import ArgumentParser
@testable import EquitasCLI
import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import EquitasWeb
import Foundation
import Testing

@Suite("equitas report")
struct ReportCommandTests {
    /// Runs `body` with the demo loaded into a fresh test database, an empty folder, and
    /// a command runner that renders from that database as `run()` does from the
    /// configured one. (`run()` itself sets up logging, which a test process does once.)
    func withDemo(_ body: (String, URL, (ReportCommand) async throws -> URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-report-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await TestDatabase.withDatabase { db in
            let demo = try await DemoLoader.load(on: db, catalog: shippedCatalog)
            try await body(demo.challengeId.uuidString.lowercased(), folder) { command in
                try await command.write(directory: folder) { id, choice, format in
                    try await ReportExport.render(challengeId: id, choice: choice, format: format, db: db, catalog: shippedCatalog, today: AppClock.system.today)
                }
            }
        }
    }

    func command(_ arguments: [String]) throws -> ReportCommand {
        try #require(try EquitasCommand.parseAsRoot(["report"] + arguments) as? ReportCommand)
    }

    @Test("renders the demo's working copy to each format, named for the councils")
    func everyFormat() async throws {
        try await withDemo { id, folder, write in
            for format in ["docx", "html", "md", "pptx"] {
                let url = try await write(command([id, "--format", format]))

                let data = try Data(contentsOf: url)
                let suffix = format == "pptx" ? "-feedback" : ""
                #expect(url.lastPathComponent == "wyvern-vale-district-council-and-calder-moor-borough-council-working-copy\(suffix).\(format)")
                #expect(url.deletingLastPathComponent().standardizedFileURL == folder.standardizedFileURL)
                #expect(data.count > 1000)
                if format == "docx" || format == "pptx" { #expect(Array(data.prefix(2)) == [0x50, 0x4B]) }
                if format == "html" { #expect(String(decoding: data, as: UTF8.self).contains("Wyvern Vale District Council")) }
                if format == "md" { #expect(String(decoding: data, as: UTF8.self).hasPrefix("#")) }
            }
        }
    }

    @Test("--out names the file; a version not issued is not found")
    func outAndVersions() async throws {
        try await withDemo { id, folder, write in
            let url = try await write(command([id, "--format", "md", "--out", "report.md"]))
            #expect(url == folder.appendingPathComponent("report.md").standardizedFileURL)
            #expect(FileManager.default.fileExists(atPath: url.path))

            // The demo has a draft (1) and the final (2); there is no third.
            await #expect(throws: NotFound(entity: "report version", id: "3")) {
                try await write(command([id, "--format", "md", "--version", "3"]))
            }
        }
    }

    @Test("the format, version and id are checked before anything runs")
    func arguments() throws {
        let id = UUID().uuidString
        #expect(throws: (any Error).self) { try EquitasCommand.parseAsRoot(["report", id, "--format", "rtf"]) }
        #expect(throws: (any Error).self) { try EquitasCommand.parseAsRoot(["report", id, "--format", "md", "--version", "latest"]) }
        #expect(throws: (any Error).self) { try EquitasCommand.parseAsRoot(["report", "not-an-id", "--format", "md"]) }
        #expect(throws: (any Error).self) { try EquitasCommand.parseAsRoot(["report", id]) }
        let parsed = try command([id, "--format", "docx", "--version", "2", "-o", "x.docx"])
        #expect(parsed.version == "2")
        #expect(parsed.out == "x.docx")
    }
}
