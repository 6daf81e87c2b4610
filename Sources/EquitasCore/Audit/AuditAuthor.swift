import Foundation

/// Who made a change: a signed-in account, the command line, or the system itself
/// (migrations, demo data). The label is kept as written at the time, so the trail
/// still names an author after the account is renamed or deleted.
public struct AuditAuthor: Codable, Equatable, Hashable, Sendable {
    public var accountId: UUID?
    public var label: String

    public init(accountId: UUID? = nil, label: String) {
        self.accountId = accountId
        self.label = label
    }

    /// Changes made with no author set: migrations, demo data, background work.
    public static let system = AuditAuthor(label: "system")

    /// `Jo Bloggs <jo@x.gov.uk>`
    public static func account(id: UUID, name: String, email: String) -> AuditAuthor {
        AuditAuthor(accountId: id, label: "\(name) <\(email)>")
    }

    /// `command line (jo)`: whoever ran the command, by their login name.
    public static func commandLine(user: String) -> AuditAuthor {
        AuditAuthor(label: "command line (\(user))")
    }
}
