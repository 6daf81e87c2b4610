import EquitasCore
import FluentKit
import Foundation

/// Accounts and their API tokens. Passwords arrive already hashed (bcrypt lives with
/// Vapor in the web layer); tokens are made here and stored only as their SHA-256.
public struct AccountStore: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    public func create(_ account: Account, passwordHash: String, id: UUID = UUID()) async throws -> Identified<Account> {
        try await db.transaction { db in
            let valid = try await Self.checked(account, on: db)
            guard try await AccountRow.query(on: db).filter("email", .equal, valid.email).count() == 0 else {
                throw ValidationFailure(path: "email", message: "\(valid.email) already has an account")
            }
            let row = AccountRow(id: id, value: valid)
            row.passwordHash = passwordHash
            try await row.create(on: db)
            return Identified(id: id, value: valid)
        }
    }

    public func get(_ id: UUID) async throws -> Identified<Account> {
        try await AccountRow.require(id, on: db).identified()
    }

    /// The account for this email (in any case, with stray spaces) and its password
    /// hash, for checking a sign-in; nil when there is none or it is disabled.
    public func find(email: String) async throws -> (account: Identified<Account>, passwordHash: String)? {
        guard let normalised = try? Account.normalisedEmail(email),
            let row = try await AccountRow.query(on: db).filter("email", .equal, normalised).first(),
            row.disabledAt == nil
        else { return nil }
        return (try row.identified(), row.passwordHash)
    }

    /// Sorted by email, which is unique.
    public func list(_ page: EquitasCore.PageRequest) async throws -> EquitasCore.Page<Identified<Account>> {
        try await AccountRow.query(on: db).sort("email").sort(.id).page(page) { rows in try rows.map { try $0.identified() } }
    }

    public func setPassword(_ id: UUID, hash: String) async throws {
        try await db.transaction { db in
            let row = try await AccountRow.require(id, on: db)
            row.passwordHash = hash
            try await row.update(on: db)
        }
    }

    /// A disabled account cannot sign in and its tokens stop working; enabling it again
    /// brings back the tokens that were not revoked.
    public func setDisabled(_ id: UUID, _ disabled: Bool, at now: Date = Date()) async throws {
        try await db.transaction { db in
            let row = try await AccountRow.require(id, on: db)
            row.disabledAt = disabled ? (row.disabledAt ?? Self.timestamp(now)) : nil
            try await row.update(on: db)
        }
    }

    /// Whether the account is disabled.
    public func isDisabled(_ id: UUID) async throws -> Bool {
        try await AccountRow.require(id, on: db).disabledAt != nil
    }

    private static func checked(_ account: Account, on db: any Database) async throws -> Account {
        let valid = try account.validated()
        if let organisation = valid.organisationId, try await !OrganisationRow.exists(organisation, on: db) {
            throw ValidationFailure(path: "organisation_id", message: NotFound(entity: OrganisationRow.noun, id: organisation).description)
        }
        if let person = valid.personId, try await !PersonRow.exists(person, on: db) {
            throw ValidationFailure(path: "person_id", message: NotFound(entity: PersonRow.noun, id: person).description)
        }
        return valid
    }

    static func timestamp(_ date: Date) -> String { MicrosecondTimestamp().serialize(date) ?? "" }
}
