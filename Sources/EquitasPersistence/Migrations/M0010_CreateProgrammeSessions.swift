import FluentKit

/// `met` is a JSON array of group names, as text: it is only ever read whole.
struct M0010_CreateProgrammeSessions: TableMigration {
    static let table = "programme_sessions"
    var name: String { "0010-create-programme-sessions" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("starts_at", .string, .required)
            .field("ends_at", .string, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("met", .string, .required)
            .field("notes", .string)
            .field("position", .int, .required)
    }
}
