@testable import EquitasCLI
import EquitasPersistence
import Foundation
import Testing

@Suite("Settings from the environment")
struct RuntimeConfigurationTests {
    func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("equitas-cli-\(UUID().uuidString)").path
    }

    @Test("EQUITAS_DATA holds the SQLite file unless DATABASE_URL names PostgreSQL")
    func databaseChoice() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sqlite = try Runtime.configuration(options: try RuntimeOptions.parse([]), environment: ["EQUITAS_DATA": folder])
        #expect(sqlite.database == .sqlite(path: URL(fileURLWithPath: folder).standardizedFileURL.appendingPathComponent("equitas.sqlite").path))
        #expect(FileManager.default.fileExists(atPath: folder))

        let postgres = try Runtime.configuration(
            options: try RuntimeOptions.parse([]), environment: ["EQUITAS_DATA": folder, "DATABASE_URL": "postgres://u:secret@db.example:5432/equitas"])
        #expect(postgres.database == .postgres(url: "postgres://u:secret@db.example:5432/equitas"))
        #expect(!postgres.database.summary.contains("secret"))
    }

    @Test("a bad setting is refused with a sentence, not a stack trace")
    func badSettings() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: RuntimeError.self) {
            try Runtime.configuration(options: try RuntimeOptions.parse([]), environment: ["EQUITAS_DATA": folder, "EQUITAS_MAX_UPLOAD_MB": "lots"])
        }
        #expect(throws: (any Error).self) {
            try Runtime.configuration(options: try RuntimeOptions.parse([]), environment: ["EQUITAS_DATA": folder, "DATABASE_URL": "mysql://nope"])
        }
        #expect(throws: RuntimeError.self) {
            try Runtime.configuration(options: try RuntimeOptions.parse([]), environment: ["EQUITAS_DATA": "/proc/equitas-cannot-write-here"])
        }
    }

    @Test("every command parses its --help")
    func help() throws {
        for arguments in [["serve"], ["migrate"], ["demo"], ["challenge", "list"], ["challenge", "show", "x"], ["challenge", "export", "x"], ["challenge", "import", "x"]] {
            let command = try EquitasCommand.parseAsRoot(arguments)
            #expect(!String(describing: type(of: command)).isEmpty)
        }
        let help = EquitasCommand.helpMessage(for: ServeCommand.self)
        #expect(help.contains("--hostname"))
        #expect(help.contains("--port"))
        #expect(help.contains("--demo"))
    }
}
