import FluentKit

/// The plan as each of its spreadsheets was exported, once per revision: a stale sheet
/// imported later is compared with the plan as it was then, so that the person's
/// changes are told from changes made to the plan since (ADR 0012). The record is JSON
/// text, read whole, with each action's latest update only (all a sheet shows).
/// Keeping one is not a change to the plan: no trigger moves the plan's stamp, or every
/// export would make itself stale.
struct M0038_CreateActionPlanExports: AsyncMigration {
    static let table = "action_plan_exports"
    var name: String { "0038-create-action-plan-exports" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table).id()
            .field("plan_id", .uuid, .required, .references("action_plans", "id", onDelete: .cascade))
            .field("revision", .int64, .required)
            .field("exported_at", .string, .required)
            .field("record", .string, .required)
            .unique(on: "plan_id", "revision")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.table).delete()
    }
}
