import FluentKit

/// A council's own disclosure threshold (issue 16): null means the default of 10. The
/// floor of 5 is checked by `Organisation.validated()` before anything is stored.
struct M0050_AddOrganisationDisclosureThreshold: AsyncMigration {
    var name: String { "0050-add-organisation-disclosure-threshold" }

    func prepare(on database: any Database) async throws {
        try await database.schema("organisations").field("disclosure_threshold", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisations").deleteField("disclosure_threshold").update()
    }
}
