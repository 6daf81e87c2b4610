import FluentKit

/// Which evidence a self-assessment entry cites, in the order it cites them. Deleting
/// either side removes the link.
struct M0009_CreateSelfAssessmentEvidence: TableMigration {
    static let table = "self_assessment_evidence"
    var name: String { "0009-create-self-assessment-evidence" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("self_assessment_id", .uuid, .required, .references("self_assessments", "id", onDelete: .cascade))
            .field("evidence_id", .uuid, .required, .references("evidence", "id", onDelete: .cascade))
            .field("position", .int, .required)
    }
}
