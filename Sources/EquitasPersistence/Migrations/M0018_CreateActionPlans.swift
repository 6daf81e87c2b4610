import FluentKit

/// A council's action plan. A council answers a challenge once: the unique pair lets
/// any number of plans of its own (challenge_id null) through on both databases, since
/// nulls never collide. Deleting the challenge leaves the plan standing as the council's
/// own: years of monitoring outlive the record they began from.
struct M0018_CreateActionPlans: TableMigration {
    static let table = "action_plans"
    var name: String { "0018-create-action-plans" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("challenge_id", .uuid, .references("challenges", "id", onDelete: .setNull))
            .field("title", .string, .required)
            .field("monitored_by", .string)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .unique(on: "challenge_id", "organisation_id")
    }
}
