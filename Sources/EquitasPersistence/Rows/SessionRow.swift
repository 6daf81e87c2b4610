import FluentKit
import Foundation

/// One signed-in browser, known by the hash of its cookie's secret.
final class SessionRow: EquitasRow, @unchecked Sendable {
    static let schema = "sessions"
    static let noun = "session"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountId: UUID
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: String
    @Field(key: "last_seen_at") var lastSeenAt: String

    init() {}
}
