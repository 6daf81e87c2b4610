import ArgumentParser
@testable import EquitasCLI
import Testing

@Suite("equitas calendar")
struct CalendarCommandTests {
    @Test("reads --organisation and --format; an unknown format or a window that ends before it starts is refused")
    func options() throws {
        let command = try #require(try EquitasCommand.parseAsRoot(["calendar", "--organisation", "Wyvern Vale", "--format", "ics"]) as? CalendarCommand)
        #expect(command.organisation == "Wyvern Vale" && command.format == "ics")
        #expect(throws: (any Error).self) { try EquitasCommand.parseAsRoot(["calendar", "--organisation", "X", "--format", "pdf"]) }
        #expect(throws: (any Error).self) {
            try EquitasCommand.parseAsRoot(["calendar", "--organisation", "X", "--from", "2026-05-01", "--to", "2026-04-01"])
        }
    }
}
