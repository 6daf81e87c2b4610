import FluentKit

/// Dates are `YYYY-MM-DD` text and the timestamps ISO 8601 text: both sort as text and
/// read the same on SQLite and PostgreSQL.
struct M0003_CreateChallenges: TableMigration {
    static let table = "challenges"
    var name: String { "0003-create-challenges" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("framework_id", .string, .required)
            .field("framework_version", .string, .required)
            .field("kind", .string, .required)
            .field("focus", .string)
            .field("start_date", .string)
            .field("end_date", .string)
            .field("status", .string, .required)
            .field("conclusion", .string)
            .field("award_level", .string)
            .field("award_awarded", .string)
            .field("award_expires", .string)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
    }
}
