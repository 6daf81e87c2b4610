import FluentKit
import Foundation

/// Slows down password guessing: after five failures for one email, or twenty from one
/// address, within fifteen minutes, sign-in is refused until the oldest of them is
/// fifteen minutes old. A success clears the email's failures. Counted in the database
/// so that every instance agrees.
public struct SignInThrottle: Sendable {
    public let db: any Database
    public static let window: TimeInterval = 15 * 60
    public static let perEmail = 5
    public static let perAddress = 20

    public init(db: any Database) {
        self.db = db
    }

    /// When sign-in may be tried again for this email from this address; nil when now.
    public func blockedUntil(email: String, address: String, now: Date = Date()) async throws -> Date? {
        let since = SessionStore.timestamp(now.addingTimeInterval(-Self.window))
        let byEmail = try await recent("email", Self.key(email), since: since)
        let byAddress = try await recent("address", address, since: since)
        var until: Date?
        if byEmail.count >= Self.perEmail { until = Self.release(byEmail, limit: Self.perEmail) }
        if byAddress.count >= Self.perAddress, let other = Self.release(byAddress, limit: Self.perAddress) {
            until = max(until ?? other, other)
        }
        return until
    }

    public func recordFailure(email: String, address: String, now: Date = Date()) async throws {
        let row = SignInAttemptRow()
        row.id = UUID()
        row.email = Self.key(email)
        row.address = address
        row.at = SessionStore.timestamp(now)
        let stale = SessionStore.timestamp(now.addingTimeInterval(-24 * 60 * 60))
        try await db.transaction { db in
            try await row.create(on: db)
            // Old failures say nothing any more; keep the table small.
            try await SignInAttemptRow.query(on: db).filter("at", .lessThan, stale).delete()
        }
    }

    public func recordSuccess(email: String) async throws {
        try await db.transaction { db in
            try await SignInAttemptRow.query(on: db).filter("email", .equal, Self.key(email)).delete()
        }
    }

    private func recent(_ column: FieldKey, _ value: String, since: String) async throws -> [Date] {
        try await SignInAttemptRow.query(on: db).filter(column, .equal, value).filter("at", .greaterThanOrEqual, since)
            .sort("at", .descending).all().compactMap { SessionStore.date($0.at) }
    }

    /// With failures newest first, the moment the `limit`-th newest leaves the window.
    private static func release(_ failures: [Date], limit: Int) -> Date? {
        failures.count >= limit ? failures[limit - 1].addingTimeInterval(window) : nil
    }

    /// Emails are compared as typed but without case or stray spaces, so that "Jo@X" and
    /// "jo@x " count together even when neither is a real account.
    static func key(_ email: String) -> String { email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
}
