import FluentKit

/// A person's calendar feed: the SHA-256 of the secret in its address (the secret itself
/// is shown once and never stored), one per account. Revoking deletes the row, so the
/// old address stops answering at once.
struct M0045_CreateCalendarFeeds: TableMigration {
    static let table = "calendar_feeds"
    var name: String { "0045-create-calendar-feeds" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("created_at", .string, .required)
            .unique(on: "account_id")
            .unique(on: "token_hash")
    }
}
