import FluentKit

/// A council's register of equality impact assessments. The lines per characteristic
/// are a JSON array in `impacts`: they are always read and written with their
/// assessment, never queried alone, and one column keeps each change one audit line.
/// An organisation with assessments cannot be deleted (the store refuses first).
struct M0030_CreateImpactAssessments: TableMigration {
    static let table = "impact_assessments"
    var name: String { "0030-create-impact-assessments" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("title", .string, .required)
            .field("service", .string, .required)
            .field("proposal", .string, .required)
            .field("decision_maker", .string)
            .field("decision_date", .string)
            .field("impacts", .string, .required)
            .field("consultation", .string)
            .field("mitigations", .string)
            .field("outcome", .string)
            .field("review_date", .string)
            .field("published", .bool, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
    }
}
