import Foundation

/// Where the register's pages live, under the council they belong to: from the route table.
enum ImpactAssessmentPaths {
    static func register(_ organisationId: UUID) -> String {
        Site.organisationImpactAssessments.path(organisationId)
    }

    static func new(_ organisationId: UUID) -> String { Site.organisationImpactAssessmentsNew.path(organisationId) }
    static func programme(_ organisationId: UUID) -> String { Site.organisationImpactAssessmentsProgramme.path(organisationId) }
    static func export(_ organisationId: UUID) -> String { Site.organisationImpactAssessmentsExport.path(organisationId) }

    static func assessment(_ organisationId: UUID, _ id: UUID) -> String {
        Site.organisationImpactAssessment.path(organisationId, id)
    }

    static func edit(_ organisationId: UUID, _ id: UUID) -> String { Site.organisationImpactAssessmentEdit.path(organisationId, id) }
    static func delete(_ organisationId: UUID, _ id: UUID) -> String { Site.organisationImpactAssessmentDeletePost.path(organisationId, id) }
}
