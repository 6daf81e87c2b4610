import EquitasCore
import FluentKit
import Foundation

/// One bearer token, known only by its hash.
final class APITokenRow: EquitasRow, @unchecked Sendable {
    static let schema = "api_tokens"
    static let noun = "API token"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountId: UUID
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Timestamp(key: "created_at", on: .create, format: MicrosecondTimestamp()) var createdAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: String?
    @OptionalField(key: "revoked_at") var revokedAt: String?

    init() {}

    init(id: UUID, accountId: UUID, name: String, tokenHash: String) {
        self.id = id
        self.accountId = accountId
        self.name = name
        self.tokenHash = tokenHash
    }
}
