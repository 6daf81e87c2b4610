import EquitasCore
import FluentKit
import SQLKit
import Foundation

/// Browser sessions. The cookie holds a random secret; the database holds its hash, the
/// account and a CSRF token. A session ends when its person signs out, after two hours
/// without use, twelve hours after sign-in whatever happens, or when the account is
/// disabled.
public struct SessionStore: Sendable {
    private let database: @Sendable () -> any Database
    private let kept: KeptReads.Place?
    public static let idleLimit: TimeInterval = 2 * 60 * 60
    public static let absoluteLimit: TimeInterval = 12 * 60 * 60

    public init(db: any Database) {
        database = { db }
        kept = nil
    }

    /// For the session read before every signed-in request: on PostgreSQL it runs on
    /// `kept`'s connections and makes no database value (`db` is made only if the
    /// session must be written to); elsewhere it goes through `db` as usual.
    public init(db: @escaping @Sendable () -> any Database, kept: KeptReads.Place?) {
        database = db
        self.kept = kept
    }

    /// The database, made afresh on each use when the store was given a way to make it.
    public var db: any Database { database() }

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
        try await session(forSecret: secret, now: now, with: nil).session
    }

    /// The same, with the stamp the request's route will check read in the same
    /// statement (ADR 0004): a signed-in page then costs one round trip to the database
    /// when nothing has changed. The stamp is nil when there is no live session or no
    /// such challenge or plan (the route's own check then answers as usual).
    public func session(forSecret secret: String, now: Date = Date(), with asked: StampAsked?) async throws
        -> (session: SignedInSession?, stamp: StampRead?)
    {
        guard RandomSecret.isWellFormed(secret), let found = try await live(tokenHash: RandomSecret.hash(secret), with: asked) else {
            return (nil, nil)
        }
        guard let created = Self.date(found.createdAt), let seen = Self.date(found.lastSeenAt),
            now.timeIntervalSince(created) < Self.absoluteLimit, now.timeIntervalSince(seen) < Self.idleLimit, !found.disabled
        else {
            try await end(found.session.id)
            return (nil, nil)
        }
        if now.timeIntervalSince(seen) >= 60 {
            // One statement, not a read then a write in a transaction: SQLite refuses
            // ("database is locked") a transaction that reads and then tries to write
            // while another connection writes, and at the minute every open page of a
            // busy session arrives here at once. Only the first of them changes the row.
            // It is a note of the time, so losing the race is no reason to fail the page.
            let stamp = Self.timestamp(now)
            let sql = try SQLAccess.sql(db)
            do {
                try await sql.raw("""
                    UPDATE sessions SET last_seen_at = \(bind: stamp)
                    WHERE id = \(bind: found.session.id) AND last_seen_at = \(bind: found.lastSeenAt)
                    """).run()
            } catch {
                db.logger.warning("the session's time of use was not noted: \(String(reflecting: error))")
            }
        }
        return (found.session, found.stamp)
    }

    /// The session and its account in one statement, kept prepared (`SessionQuery`) and
    /// decoded by hand: this runs before every signed-in request, and Fluent's model
    /// decoding (reflection) and query building cost more than the query itself.
    private func live(tokenHash: String, with asked: StampAsked?)
        async throws -> (session: SignedInSession, createdAt: String, lastSeenAt: String, disabled: Bool, stamp: StampRead?)?
    {
        guard let row = try await SessionQuery.rows(tokenHash: tokenHash, with: asked, on: database, kept: kept).first else { return nil }
        let session = SignedInSession(
            id: try row.decode(column: "session_id", as: UUID.self), account: try AccountColumns.account(row),
            csrfToken: try row.decode(column: "csrf_token", as: String.self))
        return (
            session, try row.decode(column: "created_at", as: String.self), try row.decode(column: "last_seen_at", as: String.self),
            try row.decode(column: "disabled_at", as: String?.self) != nil, try asked.flatMap { try StampQuery.decode($0, row) }
        )
    }

    /// Signing out: the session is gone from the database, so a copied cookie is useless.
    /// One statement, so that several requests ending the same expired session at once
    /// never trip over each other.
    public func end(_ id: UUID) async throws {
        try await SessionRow.query(on: db).filter(.id, .equal, id).delete()
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
