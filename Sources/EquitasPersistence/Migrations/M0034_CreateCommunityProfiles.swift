import FluentKit

/// A council's community profile: the census shares of its area's people. One per
/// council; saving a new one replaces it. The entries are a JSON list in one column,
/// since they are always read and written whole.
struct M0034_CreateCommunityProfiles: TableMigration {
    static let table = "community_profiles"
    var name: String { "0034-create-community-profiles" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("area", .string, .required)
            .field("source", .string, .required)
            .field("entries", .string, .required)
            .field("updated_at", .string, .required)
            .unique(on: "organisation_id")
    }
}
