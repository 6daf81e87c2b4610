import FluentKit

/// `snapshot` is the whole ChallengeRecord as JSON text: it is only ever read whole, and
/// a frozen copy must not change when the tables of live parts do.
struct M0015_CreateReportVersions: TableMigration {
    static let table = "report_versions"
    var name: String { "0015-create-report-versions" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("kind", .string, .required)
            .field("issued_on", .string, .required)
            .field("issued_by", .string, .required)
            .field("snapshot", .string, .required)
            .unique(on: "challenge_id", "number")
    }
}
