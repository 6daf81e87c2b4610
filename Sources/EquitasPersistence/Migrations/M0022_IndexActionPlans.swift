import FluentKit
import SQLKit

/// Indexes for how plans are read: by council, by plan, by item and action, and across
/// plans by status and due date. The unique constraints already lead with
/// action_plans.challenge_id and action_plan_items.plan_id.
struct M0022_IndexActionPlans: AsyncMigration {
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

    func prepare(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        for (table, column) in Self.indexes {
            try await sql.create(index: "\(table)_\(column)_index").on(table).column(column).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        for (table, column) in Self.indexes {
            try await sql.drop(index: "\(table)_\(column)_index").run()
        }
    }
}
