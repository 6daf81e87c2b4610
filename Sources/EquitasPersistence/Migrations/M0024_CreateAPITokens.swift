import FluentKit

/// Bearer tokens for the API. Only the SHA-256 of a token is stored: a copy of the
/// database is no use for calling the API. Tokens go with their account.
struct M0024_CreateAPITokens: TableMigration {
    static let table = "api_tokens"
    var name: String { "0024-create-api-tokens" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("created_at", .string, .required)
            .field("last_used_at", .string)
            .field("revoked_at", .string)
            .unique(on: "token_hash")
    }
}
