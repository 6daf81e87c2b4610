import FluentKit

/// One employee of a snapshot, kept exactly as read: money as decimal text (never
/// floating point), each characteristic as `v:<group>`, `prefer_not_to_say` or
/// `not_known`, null when blank. `position` keeps the file's order. Bulk data: written
/// in multi-row inserts and not audited row by row (the snapshot is).
struct M0033_CreateStaffRecords: TableMigration {
    static let table = "staff_records"
    var name: String { "0033-create-staff-records" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("snapshot_id", .uuid, .required, .references("workforce_snapshots", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("employee_id", .string, .required)
            .field("sex", .string)
            .field("ethnicity", .string)
            .field("disability", .string)
            .field("grade", .string)
            .field("full_pay", .bool, .required)
            .field("hourly_rate", .string)
            .field("ordinary_pay", .string)
            .field("bonus_in_period", .string)
            .field("period_days", .int)
            .field("weekly_hours", .string)
            .field("bonus_pay", .string, .required)
            .field("other", .string, .required)
            .unique(on: "snapshot_id", "position")
    }
}
