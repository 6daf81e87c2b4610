import FluentKit

/// Items are matched by number (an import finds item 7 by its number), so a number is
/// used once per plan. `module` is a framework module id for a plan from a challenge and
/// free text otherwise, hence not `module_id`.
struct M0019_CreateActionPlanItems: TableMigration {
    static let table = "action_plan_items"
    var name: String { "0019-create-action-plan-items" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("plan_id", .uuid, .required, .references("action_plans", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("recommendation_id", .uuid, .references("recommendations", "id", onDelete: .setNull))
            .field("text", .string, .required)
            .field("module", .string)
            .field("response", .string)
            .field("rationale", .string)
            .unique(on: "plan_id", "number")
    }
}
