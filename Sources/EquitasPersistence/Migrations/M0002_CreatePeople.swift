import FluentKit

struct M0002_CreatePeople: TableMigration {
    static let table = "people"
    var name: String { "0002-create-people" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("name", .string, .required)
            .field("organisation_id", .uuid, .references("organisations", "id"))
            .field("job_title", .string)
    }
}
