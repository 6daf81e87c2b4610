import FluentKit

/// `plan_id` repeats the item's plan so that a plan's actions, or every plan's, are read
/// in one query. The timescale is spread over four columns (kind; a phase's name and
/// start; the end, which is also a due date's day and a longer-term action's indicative
/// date). `due_date` is what `Timescale.dueDate` says, written with the action, so that
/// "due across all plans" is a plain indexed comparison of YYYY-MM-DD text.
struct M0020_CreatePlanActions: TableMigration {
    static let table = "plan_actions"
    var name: String { "0020-create-plan-actions" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("item_id", .uuid, .required, .references("action_plan_items", "id", onDelete: .cascade))
            .field("plan_id", .uuid, .required, .references("action_plans", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("description", .string, .required)
            .field("lead_id", .uuid, .references("people", "id"))
            .field("timescale_kind", .string)
            .field("timescale_name", .string)
            .field("timescale_start", .string)
            .field("timescale_end", .string)
            .field("due_date", .string)
            .field("monitored_by", .string)
            .field("status", .string, .required)
    }
}
