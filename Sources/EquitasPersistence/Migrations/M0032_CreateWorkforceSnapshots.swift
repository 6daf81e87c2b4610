import FluentKit

/// A council's staff list at one date. One snapshot per council per date: importing
/// the same date again replaces it, deliberately, never by accident. Deleting the
/// council takes its snapshots (and their staff records) with it.
struct M0032_CreateWorkforceSnapshots: TableMigration {
    static let table = "workforce_snapshots"
    var name: String { "0032-create-workforce-snapshots" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("snapshot_date", .string, .required)
            .field("source_filename", .string)
            .field("staff_count", .int, .required)
            .field("other_characteristics", .string, .required)
            .field("created_at", .string, .required)
            .unique(on: "organisation_id", "snapshot_date")
    }
}
