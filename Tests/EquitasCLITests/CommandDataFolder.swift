import EquitasTestSupport
import EquitasWeb
import Foundation

@testable import EquitasCLI

/// A fresh data folder for commands that write (their embedded SQLite database lives
/// there), removed afterwards, with the `--data` arguments that name it and the
/// configuration they give, bcrypt at its cheapest so account tests stay fast.
enum CommandDataFolder {
    static func with(_ body: (_ arguments: [String], _ configuration: AppConfiguration) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["--data", folder.appendingPathComponent("data").path]
        // Commands bootstrap logging themselves; the tests' quiet logging comes first.
        bootstrapQuietLogging()
        Runtime.loggingBootstrapped = true
        var configuration = try Runtime.configuration(options: try RuntimeOptions.parse(arguments))
        configuration.bcryptCost = 4
        try await body(arguments, configuration)
    }
}
