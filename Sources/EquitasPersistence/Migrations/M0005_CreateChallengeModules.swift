import FluentKit

struct M0005_CreateChallengeModules: TableMigration {
    static let table = "challenge_modules"
    var name: String { "0005-create-challenge-modules" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("module_id", .string, .required)
            .field("level", .string, .required)
            .field("judgement", .string, .required)
            .field("conclusion", .string)
            .field("position", .int, .required)
            .unique(on: "challenge_id", "module_id")
    }
}
