import FluentKit

/// Issue 18: a progress update may be corrected or removed by its author until the next
/// committee report. `committee_reports` records each presentation of a plan's progress
/// report (the report itself is made on request and not kept); `progress_updates`
/// learns which account wrote each update (`author_account_id`, null for updates written
/// before, or brought in by a sheet or an exchange file, which nobody may change). A
/// plain column, without a foreign key, so a backup restores the tables in any order;
/// an account's id is never reused, so a deleted account's updates stay unchangeable.
struct M0041_CreateCommitteeReports: AsyncMigration {
    var name: String { "0041-create-committee-reports" }

    func prepare(on database: any Database) async throws {
        try await database.schema("committee_reports")
            .id()
            .field("plan_id", .uuid, .required, .references("action_plans", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("committee", .string, .required)
            .field("recorded_by", .string, .required)
            .create()
        try await database.schema("progress_updates")
            .field("author_account_id", .uuid)
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("progress_updates").deleteField("author_account_id").update()
        try await database.schema("committee_reports").delete()
    }
}
