import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasWeb
import Foundation

struct UserTokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Make an API token for an account and print it, once.",
        discussion: """
            Send it as `Authorization: Bearer <token>`. Only a hash of it is kept, so it \
            cannot be shown again: store it where it will be used (a CI secret, say).
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Option(help: "The account's email address.")
    var email: String

    @Option(help: "What the token is for, to tell tokens apart later.")
    var name = "CLI"

    func run() async throws {
        let token = try await issue(configuration: try Runtime.configuration(options: runtime))
        print(token)
        StandardError.print("This token is shown only once; it cannot be shown again.")
    }

    /// Everything but the printing, so that tests see the token.
    func issue(configuration: AppConfiguration) async throws -> String {
        try await Runtime.withApplication(configuration) { app in
            let store = AccountStore(db: app.db)
            guard let found = try await store.find(email: email) else {
                throw ValidationError("no account that can sign in has the email \(email)")
            }
            return try await store.issueToken(accountId: found.account.id, name: name).token
        }
    }
}
