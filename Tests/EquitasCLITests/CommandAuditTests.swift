import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@testable import EquitasCLI

@Suite("What a command changes is in the audit trail under the user who ran it")
struct CommandAuditTests {
    @Test("an account added on the command line is recorded as the command line's, by login name")
    func userAdd() async throws {
        try await CommandDataFolder.with { data, configuration in
            let add = try #require(
                try EquitasCommand.parseAsRoot(
                    ["user", "add", "--email", "ada@example.org", "--name", "Ada Admin", "--role", "administrator", "--password-stdin"] + data)
                    as? UserAddCommand)

            let account = try await add.add(password: "a long enough password", configuration: configuration)

            let author = Runtime.commandLineAuthor()
            #expect(author.label.hasPrefix("command line ("))
            #expect(author.label != "command line ()")
            let events = try await Runtime.withApplication(configuration) { app in
                try await AuditStore(db: app.db).events(recordId: account.id)
            }
            #expect(events.map(\.action) == [.created])
            #expect(events.first?.author == author)
            #expect(events.first?.changes.first { $0.field == "password_hash" }?.after == "(hidden)")
        }
    }
}
