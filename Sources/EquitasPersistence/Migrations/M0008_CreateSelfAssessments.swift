import FluentKit

struct M0008_CreateSelfAssessments: TableMigration {
    static let table = "self_assessments"
    var name: String { "0008-create-self-assessments" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("criterion_id", .string, .required)
            .field("organisation_id", .uuid, .references("organisations", "id"))
            .field("judgement", .string)
            .field("score", .int)
            .field("narrative", .string, .required)
            .field("position", .int, .required)
    }
}
