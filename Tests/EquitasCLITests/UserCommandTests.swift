import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@testable import EquitasCLI

@Suite("equitas user")
struct UserCommandTests {
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        try EquitasCommand.parseAsRoot(["user"] + arguments)
    }

    @Test("the password only ever comes from standard input; bad options are refused before anything runs")
    func refusals() throws {
        let base = ["add", "--email", "ada@example.org", "--name", "Ada"]
        for arguments in [
            base + ["--role", "administrator"],
            base + ["--role", "administrator", "--password", "secret secret"],
            base + ["--role", "wizard", "--password-stdin"],
            base + ["--role", "councillor", "--organisation", "not-an-id", "--password-stdin"],
            ["token"],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") { try Self.parse(arguments) }
        }
        #expect(try Self.parse(base + ["--role", "administrator", "--password-stdin"]) is UserAddCommand)
    }

    @Test("the first line of standard input is the password")
    func firstLine() {
        #expect(UserPasswordInput.firstLine("a long password\r") == "a long password")
        #expect(UserPasswordInput.firstLine("") == nil)
        #expect(UserPasswordInput.firstLine(nil) == nil)
    }

    @Test("add an administrator, give them a token, and the token names them")
    func addAndToken() async throws {
        try await CommandDataFolder.with { data, configuration in
            let add = try #require(
                try Self.parse(
                    ["add", "--email", "Ada@Example.org", "--name", "Ada Admin", "--role", "administrator", "--password-stdin"] + data)
                    as? UserAddCommand)
            let weak = await #expect(throws: ValidationFailure.self) { try await add.add(password: "too short", configuration: configuration) }
            #expect(weak?.path == "password")
            let account = try await add.add(password: "a long enough password", configuration: configuration)
            #expect(account.value == Account(email: "ada@example.org", name: "Ada Admin", role: .administrator))
            await #expect(throws: ValidationFailure.self) {
                try await add.add(password: "a long enough password", configuration: configuration)
            }

            let token = try #require(try Self.parse(["token", "--email", "ada@example.org", "--name", "CI"] + data) as? UserTokenCommand)
            let secret = try await token.issue(configuration: configuration)
            #expect(secret.hasPrefix("eqt_"))
            let missing = try #require(try Self.parse(["token", "--email", "bob@example.org"] + data) as? UserTokenCommand)
            await #expect(throws: (any Error).self) { try await missing.issue(configuration: configuration) }

            try await Runtime.withApplication(configuration) { app in
                let store = AccountStore(db: app.db)
                #expect(try await store.account(forToken: secret) == account)
                let stored = try #require(try await store.find(email: "ada@example.org"))
                #expect(configuration.passwordHasher.verify("a long enough password", against: stored.passwordHash))
                #expect(try await UserListCommand.all(store) == [account])
            }
            var list = try #require(try Self.parse(["list"] + data) as? any AsyncParsableCommand)
            try await list.run()
        }
    }
}
