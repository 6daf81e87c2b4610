import FluentKit
import SQLKit

/// The audit trail: one row per change to a record. No column references another
/// table: the trail must outlive the account that made a change and the challenge or
/// action plan it was made to, so the author's label is stored as text beside the id.
/// `changes` is a JSON array of `{field, before, after}`.
struct M0026_CreateAuditEvents: TableMigration {
    static let table = "audit_events"
    var name: String { "0026-create-audit-events" }

    /// The trail is read per challenge, per action plan and per record.
    static let indexedColumns = ["challenge_id", "action_plan_id", "record_id"]

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("at", .string, .required)
            .field("account_id", .uuid)
            .field("author", .string, .required)
            .field("action", .string, .required)
            .field("record", .string, .required)
            .field("record_id", .uuid, .required)
            .field("challenge_id", .uuid)
            .field("action_plan_id", .uuid)
            .field("changes", .string, .required)
    }

    /// The table and its indexes together, named as `IndexMigration` names them.
    func prepare(on database: any Database) async throws {
        try await columns(database.schema(Self.table).id()).create()
        let sql = try SQLAccess.sql(database)
        for column in Self.indexedColumns {
            try await sql.create(index: "\(Self.table)_\(column)_index").on(Self.table).column(column).run()
        }
    }
}
