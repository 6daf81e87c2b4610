import FluentKit

/// The meetings of a council's committees that monitor its equality plan, for the duty
/// calendar. An organisation with meetings cannot be deleted.
struct M0048_CreateCommitteeMeetings: TableMigration {
    static let table = "committee_meetings"
    var name: String { "0048-create-committee-meetings" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("committee", .string, .required)
            .field("date", .string, .required)
            .field("purpose", .string)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
    }
}
