/// Indexes for how plans are read: by council, by plan, by item and action, and across
/// plans by status and due date. The unique constraints already lead with
/// action_plans.challenge_id and action_plan_items.plan_id.
struct M0022_IndexActionPlans: IndexMigration {
    var name: String { "0022-index-action-plans" }

    static let indexes: [(table: String, column: String)] = [
        ("action_plans", "organisation_id"),
        ("action_plan_items", "recommendation_id"),
        ("plan_actions", "item_id"),
        ("plan_actions", "plan_id"),
        ("plan_actions", "lead_id"),
        ("plan_actions", "status"),
        ("plan_actions", "due_date"),
        ("progress_updates", "action_id"),
        ("progress_updates", "plan_id"),
    ]
}
