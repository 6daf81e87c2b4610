import Foundation

/// Who is asking: a signed-in account, or the public. Access rules are decided on
/// this value alone, so they can be tested without a server.
public struct Actor: Hashable, Sendable {
    public var accountId: UUID?
    public var role: Role
    public var organisationId: UUID?
    public var personId: UUID?

    public init(accountId: UUID?, role: Role, organisationId: UUID? = nil, personId: UUID? = nil) {
        self.accountId = accountId
        self.role = role
        self.organisationId = organisationId
        self.personId = personId
    }

    public init(account: Identified<Account>) {
        self.init(accountId: account.id, role: account.value.role, organisationId: account.value.organisationId, personId: account.value.personId)
    }

    /// Not signed in.
    public static let anonymous = Actor(accountId: nil, role: .public)
}
