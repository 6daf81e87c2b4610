import EquitasCore
import FluentKit
import Foundation

/// An account with its password hash; the hash never leaves the store except to be
/// checked at sign-in.
final class AccountRow: ValueRow, @unchecked Sendable {
    static let schema = "accounts"
    static let noun = "account"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "role") var role: String
    @OptionalField(key: "organisation_id") var organisationId: UUID?
    @OptionalField(key: "person_id") var personId: UUID?
    @Field(key: "password_hash") var passwordHash: String
    @Timestamp(key: "created_at", on: .create, format: MicrosecondTimestamp()) var createdAt: Date?
    @OptionalField(key: "disabled_at") var disabledAt: String?
    /// Turned reminder digests off (M0044; null, as Fluent writes an unset optional field, reads as false).
    @OptionalField(key: "reminders_off") var remindersOff: Bool?

    init() {}

    func apply(_ value: Account) {
        email = value.email
        name = value.name
        role = value.role.rawValue
        organisationId = value.organisationId
        personId = value.personId
    }

    func value() throws -> Account {
        Account(email: email, name: name, role: try read(role, column: "role"), organisationId: organisationId, personId: personId)
    }
}
