import Crypto
import EquitasCore
import FluentKit
import Foundation
import SQLKit

/// Secret, revocable calendar feed addresses, one per account. The secret is random
/// (as API tokens are) and only its SHA-256 is kept, so a copy of the database gives no
/// one a working feed address.
public struct CalendarFeedStore: Sendable {
    public let db: any Database

    public init(db: any Database) { self.db = db }

    /// A new secret for the account, replacing (and so revoking) any earlier one.
    public func issue(accountId: UUID, now: Date) async throws -> String {
        let secret = RandomSecret.generate()
        try await db.transaction { db in
            let sql = try SQLAccess.sql(db)
            try await sql.delete(from: "calendar_feeds").where("account_id", .equal, accountId).run()
            try await sql.insert(into: "calendar_feeds")
                .columns("id", "account_id", "token_hash", "created_at")
                .values(SQLBind(UUID()), SQLBind(accountId), SQLBind(Self.hash(secret)), SQLBind(ISO8601DateFormatter().string(from: now)))
                .run()
        }
        return secret
    }

    public func revoke(accountId: UUID) async throws {
        try await SQLAccess.sql(db).delete(from: "calendar_feeds").where("account_id", .equal, accountId).run()
    }

    public func hasFeed(accountId: UUID) async throws -> Bool {
        try await SQLAccess.sql(db).select().column("id").from("calendar_feeds").where("account_id", .equal, accountId).first() != nil
    }

    /// The account a feed secret belongs to, if it is current.
    public func account(forSecret secret: String) async throws -> UUID? {
        guard RandomSecret.isWellFormed(secret) else { return nil }
        let row = try await SQLAccess.sql(db).select().column("account_id").from("calendar_feeds")
            .where("token_hash", .equal, Self.hash(secret)).first()
        return try row?.decode(column: "account_id", as: UUID.self)
    }

    static func hash(_ secret: String) -> String { RandomSecret.hash(secret) }
}
