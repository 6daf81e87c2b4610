import FluentKit

struct M0011_CreateSessionPeers: TableMigration {
    static let table = "session_peers"
    var name: String { "0011-create-session-peers" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("session_id", .uuid, .required, .references("programme_sessions", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("position", .int, .required)
    }
}
