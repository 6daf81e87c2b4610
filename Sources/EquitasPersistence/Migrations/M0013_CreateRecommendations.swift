import FluentKit

/// Listed by number; `position` still records the order they were entered in.
struct M0013_CreateRecommendations: TableMigration {
    static let table = "recommendations"
    var name: String { "0013-create-recommendations" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("module_id", .string)
            .field("text", .string, .required)
            .field("organisation_id", .uuid, .references("organisations", "id"))
            .field("position", .int, .required)
            .unique(on: "challenge_id", "number")
    }
}
