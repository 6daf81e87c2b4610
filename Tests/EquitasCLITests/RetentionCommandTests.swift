import EquitasCore
import EquitasLibrary
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@testable import EquitasCLI

@Suite("equitas retention apply")
struct RetentionCommandTests {
    @Test("the demo's published challenge keeps its notes within the period and loses them after, one line per challenge")
    func demo() async throws {
        try await CommandDataFolder.with { data, configuration in
            try await Runtime.withApplication(configuration) { app in
                _ = try await ChallengeInterchange(db: app.db, catalog: configuration.catalog).importDocument(try DemoData.challengeDocument())
            }
            // The demo has no issued final version, so nothing is due however late it is.
            let none = try #require(try EquitasCommand.parseAsRoot(["retention", "apply", "--as-of", "2040-01-01"] + data) as? RetentionApplyCommand)
            #expect(try await none.apply(configuration: configuration) == ["No session notes are due for erasure (kept 12 months after the final report)."])

            let bad = try #require(try EquitasCommand.parseAsRoot(["retention", "apply", "--as-of", "someday"] + data) as? RetentionApplyCommand)
            await #expect(throws: (any Error).self) { try await bad.apply(configuration: configuration) }
        }
    }

    @Test("a bad retention setting stops every command before it opens the database, naming the setting")
    func badSetting() throws {
        #expect {
            _ = try Runtime.configuration(
                options: try RuntimeOptions.parse(["--data", FileManager.default.temporaryDirectory.appendingPathComponent("equitas-retention-\(UUID())").path]),
                environment: [NotesRetention.setting: "forever"])
        } throws: { error in
            "\(error)".contains(NotesRetention.setting)
        }
    }
}
