import FluentKit

/// A council's register of equality objectives. Measures and their yearly progress are
/// a JSON array in `measures`: always read and written with their objective, never
/// queried alone, and one column keeps each change one audit line (as impact
/// assessments' lines are). An organisation with objectives cannot be deleted.
struct M0047_CreateEqualityObjectives: TableMigration {
    static let table = "equality_objectives"
    var name: String { "0047-create-equality-objectives" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("title", .string, .required)
            .field("description", .string)
            .field("adopted", .string, .required)
            .field("renew_by", .string)
            .field("lead", .string)
            .field("measures", .string, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
    }
}
