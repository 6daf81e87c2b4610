import EquitasCore
import FluentKit
import SQLKit
import Foundation

extension AccountStore {
    /// A new token for the account, returned once: only its hash is kept, so it can
    /// never be shown again.
    public func issueToken(accountId: UUID, name: String) async throws -> (token: String, id: UUID) {
        let label = try Text.required(name, path: "name", maximum: 100)
        return try await db.transaction { db in
            let account = try await AccountRow.require(accountId, on: db)
            guard account.disabledAt == nil else {
                throw RuleViolation("\(account.email) is disabled; enable the account before giving it a token")
            }
            let token = APITokenSecret.generate()
            let id = UUID()
            try await APITokenRow(id: id, accountId: accountId, name: label, tokenHash: APITokenSecret.hash(token)).create(on: db)
            return (token, id)
        }
    }

    /// The account a bearer token speaks for: nil when the token is malformed, unknown
    /// or revoked, or its account is disabled. Records when the token was last used,
    /// but at most once a minute, so that a busy client does not write on every request.
    /// The token and its account are one statement, kept prepared (`TokenQuery`).
    public func account(forToken token: String, now: Date = Date()) async throws -> Identified<Account>? {
        guard APITokenSecret.isWellFormed(token),
            let row = try await KeptRead.rows(TokenQuery.self, [.text(APITokenSecret.hash(token))], on: db).first,
            try row.decode(column: "revoked_at", as: String?.self) == nil, try row.decode(column: "disabled_at", as: String?.self) == nil
        else { return nil }
        if Self.isStale(try row.decode(column: "last_used_at", as: String?.self), now: now) {
            try await SQLAccess.sql(db).raw("""
                UPDATE api_tokens SET last_used_at = \(bind: Self.timestamp(now)) WHERE id = \(bind: try row.decode(column: "token_id", as: UUID.self))
                """).run()
        }
        return try AccountColumns.account(row)
    }

    /// Revoking is final; revoking a revoked token changes nothing.
    public func revokeToken(_ id: UUID, at now: Date = Date()) async throws {
        try await db.transaction { db in
            let row = try await APITokenRow.require(id, on: db)
            guard row.revokedAt == nil else { return }
            row.revokedAt = Self.timestamp(now)
            try await row.update(on: db)
        }
    }

    /// When the token was last used, if ever.
    public func tokenLastUsed(_ id: UUID) async throws -> Date? {
        try await APITokenRow.require(id, on: db).lastUsedAt.flatMap { MicrosecondTimestamp().parse($0) }
    }

    private static func isStale(_ lastUsed: String?, now: Date) -> Bool {
        guard let lastUsed, let date = MicrosecondTimestamp().parse(lastUsed) else { return true }
        return now.timeIntervalSince(date) >= 60
    }
}
