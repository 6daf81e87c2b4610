import ArgumentParser
@testable import EquitasCLI
import EquitasCore
import EquitasLibrary
import Foundation
import Testing

@Suite("equitas framework")
struct FrameworkCommandTests {
    let catalog: FrameworkCatalog

    init() throws {
        catalog = try FrameworkLibrary.load(extraDirectories: [])
    }

    @Test("list prints one aligned row per framework version with its module count")
    func listTable() {
        let lines = FrameworkListing(catalog: catalog).table.components(separatedBy: "\n")

        #expect(lines.count == 6)
        #expect(lines[0].hasPrefix("ID                 VERSION  NAME"))
        #expect(lines[1].hasPrefix("eflg-2011          2011     Equality Framework for Local Government"))
        #expect(lines[1].hasSuffix("5 areas"))
        #expect(lines[2].hasPrefix("eflg-2014          2014     Equality Framework for Local Government"))
        #expect(lines[2].hasSuffix("5 areas"))
        #expect(lines[3].hasSuffix("4 modules"))
        #expect(lines[4].hasPrefix("equality-standard  2006     Equality Standard for Local Government"))
        #expect(lines[4].hasSuffix("4 areas"))
        #expect(lines[5].hasPrefix("nhs-eds-2022       2022     NHS Equality Delivery System"))
        #expect(lines[5].hasSuffix("3 domains"))
    }

    @Test("list --json gives snake_case rows")
    func listJSON() throws {
        let data = try JSONCoding.encoder().encode(FrameworkListing(catalog: catalog).rows)

        let rows = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]

        #expect(rows?.map { $0["id"] as? String } == ["eflg-2011", "eflg-2014", "eflg-2021", "equality-standard", "nhs-eds-2022"])
        #expect(rows?.map { $0["module_count"] as? Int } == [5, 5, 4, 4, 3])
        #expect(rows?[1]["criterion_count"] as? Int == 30)
        #expect(rows?[3]["criterion_count"] as? Int == 20)
        #expect(rows?[4]["criterion_count"] as? Int == 11)
    }

    @Test("show lists levels, then each module's criteria by level")
    func showLevelledFramework() throws {
        let framework = try #require(catalog.framework("eflg-2021"))

        let lines = FrameworkOutline(framework: framework).text.components(separatedBy: "\n")

        #expect(lines.first == "Equality Framework for Local Government (eflg-2021, version 2021)")
        #expect(lines.contains { $0.hasPrefix("  Achieving (achieving): ") })
        let module = try #require(lines.firstIndex(of: "Module 1: Understanding and working with your communities (communities)"))
        #expect(lines[module + 1] == "  Developing")
        #expect(lines[module + 2] == "    1.1  Knowing who lives here")
        #expect(lines.contains("    2.1  A shared evidence base"))
        #expect(lines.contains("Module 4: Diverse and engaged workforce (workforce)"))
    }

    @Test("show gives a scored framework's scale and grade bands")
    func showScoredFramework() throws {
        let framework = try #require(catalog.framework("nhs-eds-2022"))

        let lines = FrameworkOutline(framework: framework).text.components(separatedBy: "\n")

        #expect(lines.contains { $0.hasPrefix("    0 Undeveloped: ") })
        #expect(lines.contains("    0 to 7: Undeveloped"))
        #expect(lines.contains("    33: Excelling"))
        let domain = try #require(lines.firstIndex(of: "Domain 1: Commissioned or provided services (services)"))
        #expect(lines[domain + 1] == "  1A  Access to the service")
    }

    @Test("an unknown id or version says what does exist")
    func lookupFailures() {
        let noId = FrameworkLookup.find("eflg-2030", version: nil, in: catalog)
        let noVersion = FrameworkLookup.find("eflg-2021", version: "2020", in: catalog)

        #expect(noId.failureDescription == "no framework \"eflg-2030\" (known: eflg-2011, eflg-2014, eflg-2021, equality-standard, nhs-eds-2022)")
        #expect(noVersion.failureDescription == "framework \"eflg-2021\" has no version \"2020\" (known: 2021)")
        #expect((try? FrameworkLookup.find("eflg-2021", version: "2021", in: catalog).get())?.modules.count == 4)
    }

    @Test("show's arguments and options parse")
    func parseShow() throws {
        let command = try FrameworkCommand.parseAsRoot(["show", "nhs-eds-2022", "--version", "2022", "--json"])

        let show = try #require(command as? FrameworkShowCommand)
        #expect(show.id == "nhs-eds-2022")
        #expect(show.version == "2022")
        #expect(show.json)
    }

    @Test("show with an unknown id fails")
    func showUnknown() async throws {
        var command = try #require(try FrameworkCommand.parseAsRoot(["show", "no-such-framework"]) as? AsyncParsableCommand)

        await #expect(throws: ExitCode.failure) { try await command.run() }
    }

    @Test("check passes sound files and fails on any problem")
    func checkCommand() async throws {
        let folder = try TemporaryFolder()
        let bundled = FrameworkLibrary.bundledDirectory().appendingPathComponent("eflg-2021.yaml").path
        let broken = try folder.write("id: x\n", to: "broken.yaml")
        var good = try #require(try FrameworkCommand.parseAsRoot(["check", bundled]) as? AsyncParsableCommand)
        var bad = try #require(try FrameworkCommand.parseAsRoot(["check", bundled, broken.path]) as? AsyncParsableCommand)

        try await good.run()
        await #expect(throws: ExitCode.failure) { try await bad.run() }
        #expect(throws: (any Error).self) { try FrameworkCommand.parseAsRoot(["check"]) }
    }

    @Test("check reports each file's problems and a clash between the files given")
    func checkReport() throws {
        let folder = try TemporaryFolder()
        let bundled = FrameworkLibrary.bundledDirectory().appendingPathComponent("nhs-eds-2022.yaml")
        let first = try folder.write(try String(contentsOf: bundled, encoding: .utf8), to: "first.yaml")
        let second = try folder.write(try String(contentsOf: bundled, encoding: .utf8), to: "second.yaml")
        let broken = try folder.write("id: x\nversion: 1\nsurprise: yes\n", to: "broken.yaml")

        let report = FrameworkCheckReport(paths: [first.path, second.path, broken.path])

        #expect(report.okLines == ["\(first.path): ok"])
        #expect(report.errors.first?.description == "\(second.path):6: id: framework \"nhs-eds-2022\" version \"2022\" is already defined in \(first.path):6")
        #expect(report.errors.contains { $0.description == "\(broken.path):3: surprise: unknown key \"surprise\" (known: id, version, name, publisher, summary, module_noun, applies_to, levels, modules, scoring)" })
        #expect(report.summary == "\(report.errors.count) problems in 2 files")
    }
}

private extension Result {
    var failureDescription: String? {
        guard case .failure(let error) = self else { return nil }
        return "\(error)"
    }
}

/// A fresh folder per test, removed when the test lets go of it.
private final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func write(_ text: String, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
