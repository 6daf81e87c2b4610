import FluentKit
import SQLKit

/// Evidence may be one of the council's impact assessments. Deleting the assessment
/// leaves the evidence standing under its title, no longer linked. Also indexes the
/// register by council, how it is always read.
struct M0031_LinkEvidenceToImpactAssessments: AsyncMigration {
    var name: String { "0031-link-evidence-to-impact-assessments" }

    func prepare(on database: any Database) async throws {
        try await database.schema("evidence")
            .field("impact_assessment_id", .uuid, .references("impact_assessments", "id", onDelete: .setNull))
            .update()
        let sql = try SQLAccess.sql(database)
        try await sql.create(index: "impact_assessments_organisation_id_index").on("impact_assessments").column("organisation_id").run()
        try await sql.create(index: "evidence_impact_assessment_id_index").on("evidence").column("impact_assessment_id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        try await sql.drop(index: "evidence_impact_assessment_id_index").run()
        try await sql.drop(index: "impact_assessments_organisation_id_index").run()
        try await database.schema("evidence").deleteField("impact_assessment_id").update()
    }
}
