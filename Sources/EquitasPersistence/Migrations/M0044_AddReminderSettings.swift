import FluentKit


/// Reminders (issue 22): a person may turn their digests off (`accounts.reminders_off`),
/// and a plan may name the address of the body that monitors it
/// (`action_plans.monitoring_contact`), which hears of actions long overdue.
struct M0044_AddReminderSettings: AsyncMigration {
    var name: String { "0044-add-reminder-settings" }

    func prepare(on database: any Database) async throws {
        try await database.schema("accounts").field("reminders_off", .bool).update()
        try await database.schema("action_plans").field("monitoring_contact", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("action_plans").deleteField("monitoring_contact").update()
        try await database.schema("accounts").deleteField("reminders_off").update()
    }
}
