import FluentKit

/// The file columns are all set or all empty: an uploaded file, or none.
struct M0007_CreateEvidence: TableMigration {
    static let table = "evidence"
    var name: String { "0007-create-evidence" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("kind", .string, .required)
            .field("date", .string)
            .field("url", .string)
            .field("filename", .string)
            .field("media_type", .string)
            .field("size", .int)
            .field("sha256", .string)
            .field("position", .int, .required)
    }
}
