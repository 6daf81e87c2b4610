import ArgumentParser
@testable import EquitasCLI
import Testing

@Suite("equitas reminders send")
struct RemindersCommandTests {
    @Test("reads --dry-run and --as-of; a day that is no day is refused before anything runs")
    func options() throws {
        let command = try #require(try EquitasCommand.parseAsRoot(["reminders", "send", "--dry-run", "--as-of", "2026-03-15"]) as? RemindersSendCommand)
        #expect(command.dryRun && command.asOf == "2026-03-15")
        #expect(throws: (any Error).self) { try EquitasCommand.parseAsRoot(["reminders", "send", "--as-of", "2026-02-30"]) }
    }
}
