import FluentKit

/// Browser sessions live in the database, not in a process, so that any instance behind
/// a load balancer recognises any signed-in person. Only the SHA-256 of the cookie's
/// secret is kept; the CSRF token is per session.
struct M0027_CreateSessions: TableMigration {
    static let table = "sessions"
    var name: String { "0027-create-sessions" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("csrf_token", .string, .required)
            .field("created_at", .string, .required)
            .field("last_seen_at", .string, .required)
            .unique(on: "token_hash")
    }
}
