import FluentKit

/// A snapshot's staff counted once for the profile pages (`SnapshotTally` as JSON):
/// counts by grade and group, never a person. One per snapshot, going with it. `version`
/// is the tally's format: one stored under another is counted again from the records.
struct M0052_CreateWorkforceTallies: TableMigration {
    static let table = "workforce_tallies"
    var name: String { "0052-create-workforce-tallies" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("snapshot_id", .uuid, .required, .references("workforce_snapshots", "id", onDelete: .cascade))
            .field("version", .int, .required)
            .field("tally", .string, .required)
            .unique(on: "snapshot_id")
    }
}
