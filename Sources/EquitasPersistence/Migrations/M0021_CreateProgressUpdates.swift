import FluentKit

/// `sequence` counts an action's updates as they were added, keeping two updates of the
/// same date in the order they were written. `plan_id` is repeated, as on plan_actions,
/// so that a plan's whole history is one query.
struct M0021_CreateProgressUpdates: TableMigration {
    static let table = "progress_updates"
    var name: String { "0021-create-progress-updates" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("action_id", .uuid, .required, .references("plan_actions", "id", onDelete: .cascade))
            .field("plan_id", .uuid, .required, .references("action_plans", "id", onDelete: .cascade))
            .field("sequence", .int, .required)
            .field("date", .string, .required)
            .field("author", .string, .required)
            .field("text", .string, .required)
            .field("status", .string)
            .field("previous_status", .string)
    }
}
