import FluentKit


/// "You said, we did" (issue 22): nothing is public until an officer marks it so — the
/// council's response to a recommendation (`action_plan_items.response_public`) and each
/// progress update (`progress_updates.is_public`). Both rows are audited, so who marked
/// what public, and when, is in the plan's trail.
struct M0046_AddPublicity: AsyncMigration {
    var name: String { "0046-add-publicity" }

    func prepare(on database: any Database) async throws {
        try await database.schema("action_plan_items").field("response_public", .bool).update()
        try await database.schema("progress_updates").field("is_public", .bool).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("progress_updates").deleteField("is_public").update()
        try await database.schema("action_plan_items").deleteField("response_public").update()
    }
}
