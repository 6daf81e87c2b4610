import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasWeb
import Foundation

struct UserAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an account; prints its id.",
        discussion: """
            The password is read from the first line of standard input, never from an \
            option, so that it stays out of shell history and the process list. It needs \
            at least 12 characters.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Option(help: "The email address they sign in with.")
    var email: String

    @Option(help: "Their name as others see it.")
    var name: String

    @Option(help: "administrator, review-manager, peer, council-officer or councillor.")
    var role: String

    @Option(help: "The council a council officer or councillor belongs to (its id).")
    var organisation: String?

    @Option(help: "The person record behind the account (its id); needed for a peer.")
    var person: String?

    @Flag(name: .customLong("password-stdin"), help: "Read the password from standard input (required).")
    var passwordFromStandardInput = false

    func validate() throws {
        guard passwordFromStandardInput else {
            throw ValidationError("give --password-stdin and send the password on standard input; it is never taken as an option")
        }
        _ = try parsedRole()
        _ = try OptionValue.id(organisation, option: "organisation")
        _ = try OptionValue.id(person, option: "person")
    }

    func run() async throws {
        guard let password = UserPasswordInput.firstLine(readLine(strippingNewline: true)) else {
            throw ValidationError("no password on standard input")
        }
        let account = try await add(password: password, configuration: try Runtime.configuration(options: runtime))
        print(account.id.uuidString.lowercased())
    }

    /// Everything but reading standard input, so that tests can hand the password over.
    func add(password: String, configuration: AppConfiguration) async throws -> Identified<Account> {
        let account = Account(
            email: email, name: name, role: try parsedRole(), organisationId: try OptionValue.id(organisation, option: "organisation"),
            personId: try OptionValue.id(person, option: "person"))
        // Checked before the slow hash, so a mistyped email fails at once.
        let valid = try account.validated()
        let hash = try configuration.passwordHasher.hash(password, email: valid.email)
        return try await Runtime.withApplication(configuration) { app in
            try await AccountStore(db: app.db).create(valid, passwordHash: hash)
        }
    }

    private func parsedRole() throws -> Role {
        guard let value = Role(rawValue: role) else { throw ValidationError("--role: \(Role.unknown(role))") }
        return value
    }
}
