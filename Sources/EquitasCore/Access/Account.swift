import Foundation

/// Someone who can sign in. The password is never part of this value: the store keeps
/// only its hash, and tokens are shown once and kept hashed.
public struct Account: Codable, Hashable, Sendable {
    /// Lower-cased and trimmed; unique.
    public var email: String
    public var name: String
    public var role: Role
    /// The council a council officer or councillor belongs to; nil for other roles.
    public var organisationId: UUID?
    /// The person record behind a peer, so the account can be matched to challenge
    /// teams; optional for other roles.
    public var personId: UUID?

    public init(email: String, name: String, role: Role, organisationId: UUID? = nil, personId: UUID? = nil) {
        self.email = email
        self.name = name
        self.role = role
        self.organisationId = organisationId
        self.personId = personId
    }

    public func validated() throws(ValidationFailure) -> Account {
        var copy = self
        copy.email = try Self.normalisedEmail(email)
        copy.name = try Text.required(name, path: "name", maximum: 200)
        switch role {
        case .public:
            throw ValidationFailure(path: "role", message: "public is what everyone can see without an account; choose another role")
        case .councilOfficer, .councillor:
            guard organisationId != nil else {
                throw ValidationFailure(path: "organisation_id", message: "a \(role.label.lowercased()) belongs to a council; name it")
            }
        case .peer:
            guard personId != nil else {
                throw ValidationFailure(path: "person_id", message: "a peer is matched to challenge teams through their person record; name it")
            }
            copy.organisationId = nil
        case .administrator, .reviewManager:
            copy.organisationId = nil
        }
        return copy
    }

    /// `Name@Council.gov.uk ` → `name@council.gov.uk`. Deliberately simple: one `@`,
    /// something either side, a dot in the domain, no spaces.
    public static func normalisedEmail(_ raw: String) throws(ValidationFailure) -> String {
        let email = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !email.contains(where: \.isWhitespace)
        else { throw ValidationFailure(path: "email", message: "\"\(raw)\" is not an email address") }
        return email
    }
}
