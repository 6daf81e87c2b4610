import FluentKit

struct M0012_CreateFindings: TableMigration {
    static let table = "findings"
    var name: String { "0012-create-findings" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("module_id", .string, .required)
            .field("kind", .string, .required)
            .field("text", .string, .required)
            .field("organisation_id", .uuid, .references("organisations", "id"))
            .field("attribution", .string)
            .field("theme", .string)
            .field("position", .int, .required)
    }
}
