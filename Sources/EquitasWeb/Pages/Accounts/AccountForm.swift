import EquitasCore
import Foundation
import Vapor

/// The new-account form as typed. The two password fields are never shown again: a
/// form re-shown after an error asks for them afresh.
struct AccountForm: Content {
    var email = ""
    var name = ""
    var role = ""
    var organisationId = ""
    var personId = ""
    var password = ""
    var passwordConfirmation = ""

    enum CodingKeys: String, CodingKey {
        case email, name, role, password
        case organisationId = "organisation_id"
        case personId = "person_id"
        case passwordConfirmation = "password_confirmation"
    }

    /// The fields in the order the form shows them, which is the order of the summary.
    static let fieldOrder = ["email", "name", "role", "organisation_id", "person_id", "password", "password_confirmation"]

    /// Roles an account may have: the public needs none.
    static let roles: [Role] = [.administrator, .reviewManager, .peer, .councilOfficer, .councillor]

    init() {}

    init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String { try fields.decodeIfPresent(String.self, forKey: key) ?? "" }
        email = try text(.email)
        name = try text(.name)
        role = try text(.role)
        organisationId = try text(.organisationId)
        personId = try text(.personId)
        password = try text(.password)
        passwordConfirmation = try text(.passwordConfirmation)
    }

    var chosenRole: Role? {
        Role(rawValue: role).flatMap { Self.roles.contains($0) ? $0 : nil }
    }

    /// The account the form describes, with the first problem the core finds in it.
    var account: (value: Account, failure: ValidationFailure?)? {
        guard let role = chosenRole else { return nil }
        let value = Account(
            email: email, name: name, role: role, organisationId: UUID(uuidString: organisationId),
            personId: role == .peer || role.isCouncilRole ? UUID(uuidString: personId) : nil)
        do { return (try value.validated(), nil) } catch { return (value, error) }
    }

    /// What is missing, by field; the core's rules and the password rule are added later.
    var missing: [String: String] {
        var problems: [String: String] = [:]
        if email.trimmingCharacters(in: .whitespaces).isEmpty { problems["email"] = "Enter the email address the person signs in with" }
        if Text.optional(name) == nil { problems["name"] = "Enter the person's name" }
        if let role = chosenRole {
            if role.isCouncilRole, organisationId.isEmpty { problems["organisation_id"] = "Choose the council they belong to" }
            if role == .peer, personId.isEmpty { problems["person_id"] = "Choose the person record that puts them on challenge teams" }
        } else {
            problems["role"] = "Choose a role"
        }
        if password.isEmpty {
            problems["password"] = "Enter a password"
        } else if password != passwordConfirmation {
            problems["password_confirmation"] = "Enter the same password twice"
        }
        return problems
    }

    /// Problems keyed by field, in the order the fields appear.
    static func errors(_ problems: [String: String]) -> FormErrors {
        var errors = FormErrors()
        for field in fieldOrder { if let message = problems[field] { errors.add(field, message) } }
        return errors
    }
}
