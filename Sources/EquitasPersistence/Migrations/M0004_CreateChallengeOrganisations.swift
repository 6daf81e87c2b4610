import FluentKit

struct M0004_CreateChallengeOrganisations: TableMigration {
    static let table = "challenge_organisations"
    var name: String { "0004-create-challenge-organisations" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("position", .int, .required)
            .unique(on: "challenge_id", "organisation_id")
    }
}
