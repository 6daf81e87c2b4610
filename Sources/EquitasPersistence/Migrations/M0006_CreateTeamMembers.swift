import FluentKit

struct M0006_CreateTeamMembers: TableMigration {
    static let table = "team_members"
    var name: String { "0006-create-team-members" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("role", .string, .required)
            .field("position", .int, .required)
            .unique(on: "challenge_id", "person_id")
    }
}
