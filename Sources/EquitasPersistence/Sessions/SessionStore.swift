import EquitasCore
import FluentKit
import Foundation

/// Browser sessions. The cookie holds a random secret; the database holds its hash, the
/// account and a CSRF token. A session ends when its person signs out, after two hours
/// without use, twelve hours after sign-in whatever happens, or when the account is
/// disabled.
public struct SessionStore: Sendable {
    public let db: any Database
    public static let idleLimit: TimeInterval = 2 * 60 * 60
    public static let absoluteLimit: TimeInterval = 12 * 60 * 60

    public init(db: any Database) {
        self.db = db
    }

    /// Starts a session and returns the cookie's secret (shown to nobody else, kept
    /// nowhere) with the session.
    public func start(accountId: UUID, now: Date = Date()) async throws -> (secret: String, session: SignedInSession) {
        let secret = RandomSecret.generate()
        let row = SessionRow()
        row.id = UUID()
        row.accountId = accountId
        row.tokenHash = RandomSecret.hash(secret)
        row.csrfToken = RandomSecret.generate()
        row.createdAt = Self.timestamp(now)
        row.lastSeenAt = row.createdAt
        let account = try await AccountRow.require(accountId, on: db)
        try await db.transaction { db in try await row.create(on: db) }
        return (secret, SignedInSession(id: try row.requireID(), account: try account.identified(), csrfToken: row.csrfToken))
    }

    /// The live session behind a cookie's secret, or nil. Notes the time of use at most
    /// once a minute, so that browsing does not write on every page.
    public func session(forSecret secret: String, now: Date = Date()) async throws -> SignedInSession? {
        guard RandomSecret.isWellFormed(secret),
            let row = try await SessionRow.query(on: db).filter("token_hash", .equal, RandomSecret.hash(secret)).first()
        else { return nil }
        guard let created = Self.date(row.createdAt), let seen = Self.date(row.lastSeenAt),
            now.timeIntervalSince(created) < Self.absoluteLimit, now.timeIntervalSince(seen) < Self.idleLimit,
            let account = try await AccountRow.find(row.accountId, on: db), account.disabledAt == nil
        else {
            try await db.transaction { db in try await row.delete(on: db) }
            return nil
        }
        if now.timeIntervalSince(seen) >= 60 {
            row.lastSeenAt = Self.timestamp(now)
            try await db.transaction { db in try await row.update(on: db) }
        }
        return SignedInSession(id: try row.requireID(), account: try account.identified(), csrfToken: row.csrfToken)
    }

    /// Signing out: the session is gone from the database, so a copied cookie is useless.
    public func end(_ id: UUID) async throws {
        try await db.transaction { db in try await SessionRow.find(id, on: db)?.delete(on: db) }
    }

    /// Every session of an account, as when its password changes or it is disabled.
    public func endAll(accountId: UUID) async throws {
        try await db.transaction { db in
            for row in try await SessionRow.query(on: db).filter("account_id", .equal, accountId).all() {
                try await row.delete(on: db)
            }
        }
    }

    /// How many sessions an account has open.
    public func count(accountId: UUID) async throws -> Int {
        try await SessionRow.query(on: db).filter("account_id", .equal, accountId).count()
    }

    static func timestamp(_ date: Date) -> String { MicrosecondTimestamp().serialize(date) ?? "" }
    static func date(_ text: String) -> Date? { MicrosecondTimestamp().parse(text) }
}
