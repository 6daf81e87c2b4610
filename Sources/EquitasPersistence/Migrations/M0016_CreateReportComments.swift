import FluentKit

/// The resolution columns are all null until the comment is resolved. `organisation_id`
/// has no foreign key: it names a council as the version's snapshot knew it, and the
/// comment must outlive that organisation leaving the challenge.
struct M0016_CreateReportComments: TableMigration {
    static let table = "report_comments"
    var name: String { "0016-create-report-comments" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("version_id", .uuid, .required, .references("report_versions", "id", onDelete: .cascade))
            .field("anchor_kind", .string, .required)
            .field("anchor_id", .string, .required)
            .field("author", .string, .required)
            .field("organisation_id", .uuid)
            .field("text", .string, .required)
            .field("created_at", .string, .required)
            .field("resolution_outcome", .string)
            .field("resolution_reason", .string)
            .field("resolution_revised_text", .string)
            .field("resolved_by", .string)
            .field("resolved_at", .string)
    }
}
