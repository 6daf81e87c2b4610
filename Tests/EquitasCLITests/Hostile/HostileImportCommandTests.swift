import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import EquitasWeb
import Foundation
import Testing

@testable import EquitasCLI

/// Every command that imports a file, fed files made to break it: each is refused with
/// an error naming the file, and not one row of any table changes.
@Suite("Hostile files through the import commands")
struct HostileImportCommandTests {
    static let council = "Hostile Test Council"

    /// The payloads, named so that a failing expectation says which one.
    static var json: [(String, Data)] {
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(#"{"format": "equitas.challenge/1"}"#.data(using: .utf16LittleEndian)!)
        return [
            ("deep-arrays.json", Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
            ("deep-objects.json", Data((String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000)).utf8)),
            ("truncated.json", Data(#"{"format": "equitas.challenge/1", "challenge": {"title": "Cut of"#.utf8)),
            ("utf16.json", utf16),
            ("latin1.json", Data(#"{"format": "equitas.challenge/1", "title": "caf"#.utf8) + Data([0xE9, 0x22, 0x7D])),
            ("nul.json", Data("{\"format\": \"equitas.\u{0}challenge/1\"}".utf8)),
            ("enormous.json", Data((#"{"format": "equitas.challenge/1", "title": ""# + String(repeating: "x", count: 10 * 1024 * 1024) + #""}"#).utf8)),
        ]
    }

    static var csv: [(String, Data)] {
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("employee_id,sex,hourly_pay\nE1,female,12.50\n".data(using: .utf16LittleEndian)!)
        return [
            ("utf16.csv", utf16),
            ("latin1.csv", Data("characteristic,group,percent\nsex,fem".utf8) + Data([0xE9, 0x2C, 0x35, 0x30, 0x0A])),
            ("nul.csv", Data("characteristic,group,percent\nsex,fe\u{0}male,50\n".utf8)),
            ("truncated.csv", Data("characteristic,group,percent\nsex,\"fem".utf8)),
            ("enormous.csv", Data(("characteristic,group,percent\nsex," + String(repeating: "x", count: 10 * 1024 * 1024) + ",50\n").utf8)),
            ("truncated.xlsx", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])),
        ]
    }

    static var docx: [(String, Data)] {
        [
            ("truncated.docx", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])),
            ("nul.md", Data("# Peer challenge report\n\u{0}\u{0}\u{0}".utf8)),
            ("latin1.txt", Data("Equality Peer Challenge caf".utf8) + Data([0xE9])),
        ]
    }

    /// Runs `arguments` with `file` written in the data folder, expecting a refusal that
    /// names the file, and no row changed in any table.
    static func refuses(_ name: String, _ data: Data, _ arguments: [String], data folder: [String], configuration: AppConfiguration) async throws {
        let directory = URL(fileURLWithPath: folder[1]).deletingLastPathComponent()
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let before = try await Runtime.withApplication(configuration) { app in try await TestDatabase.rowCounts(on: app.db) }
        var command = try #require(try EquitasCommand.parseAsRoot(arguments.map { $0 == "FILE" ? url.path : $0 } + folder) as? AsyncParsableCommand)
        var refusal: String?
        do { try await command.run() } catch { refusal = "\(error)" }
        #expect(refusal?.contains(name) == true, "\(arguments.first ?? "") \(name): \(refusal ?? "was accepted")")
        #expect(refusal?.contains("Fatal") != true)
        let after = try await Runtime.withApplication(configuration) { app in try await TestDatabase.rowCounts(on: app.db) }
        #expect(before == after, "\(arguments.first ?? "") \(name) changed rows")
    }

    @Test("challenge import and actions import refuse hostile JSON and write nothing")
    func json() async throws {
        try await CommandDataFolder.with { folder, configuration in
            for (name, data) in Self.json {
                try await Self.refuses(name, data, ["challenge", "import", "FILE"], data: folder, configuration: configuration)
                try await Self.refuses(name, data, ["actions", "import", "FILE"], data: folder, configuration: configuration)
            }
        }
    }

    @Test("workforce import, community import and actions import refuse hostile CSV and XLSX and write nothing")
    func spreadsheets() async throws {
        try await CommandDataFolder.with { folder, configuration in
            let id = try await Runtime.withApplication(configuration) { app in
                try await OrganisationStore(db: app.db).create(Organisation(name: Self.council, type: .districtCouncil)).id
            }
            for (name, data) in Self.csv {
                try await Self.refuses(
                    name, data, ["workforce", "import", "FILE", "--organisation", Self.council, "--snapshot", "2026-03-31"],
                    data: folder, configuration: configuration)
                try await Self.refuses(
                    name, data, ["community", "import", "FILE", "--organisation", Self.council, "--area", "Vale", "--source", "Census 2021"],
                    data: folder, configuration: configuration)
                try await Self.refuses(
                    name, data, ["actions", "import", "FILE", "--organisation", id.uuidString], data: folder, configuration: configuration)
            }
        }
    }

    @Test("library import --apply refuses a broken Word document and non-UTF-8 text and writes nothing")
    func reports() async throws {
        try await CommandDataFolder.with { folder, configuration in
            for (name, data) in Self.docx {
                try await Self.refuses(name, data, ["library", "import", "FILE", "--apply"], data: folder, configuration: configuration)
            }
        }
    }
}
