import EquitasCore
import Foundation

/// A council's own equality data: workforce, impact assessments, calendar.
extension API {
    static let organisationEqualityReport = Endpoint<UUID>(.GET, "api", "v1", "organisations", .organisationID, "equality-report", resource: .organisationData(.workforce))
    static let organisationImpactAssessments = Endpoint<UUID>(.GET, "api", "v1", "organisations", .organisationID, "impact-assessments", resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessmentsPost = Endpoint<UUID>(.POST, "api", "v1", "organisations", .organisationID, "impact-assessments", resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessment = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "organisations", .organisationID, "impact-assessments", .assessmentID, resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessmentPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "organisations", .organisationID, "impact-assessments", .assessmentID, resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessmentDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "organisations", .organisationID, "impact-assessments", .assessmentID, resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessmentsProgramme = Endpoint<UUID>(.GET, "api", "v1", "organisations", .organisationID, "impact-assessments", "programme", resource: .organisationData(.impactAssessments))
    static let organisationWorkforceCommunityProfile = Endpoint<UUID>(.GET, "api", "v1", "organisations", .organisationID, "workforce", "community-profile", resource: .organisationData(.workforce))
    static let organisationWorkforceCommunityProfilePut = Endpoint<UUID>(.PUT, "api", "v1", "organisations", .organisationID, "workforce", "community-profile", resource: .organisationData(.workforce))
    static let organisationWorkforceProfile = Endpoint<UUID>(.GET, "api", "v1", "organisations", .organisationID, "workforce", "profile", resource: .organisationData(.workforce))
    static let organisationWorkforceSnapshots = Endpoint<UUID>(.GET, "api", "v1", "organisations", .organisationID, "workforce", "snapshots", resource: .organisationData(.workforce))
    static let organisationWorkforceSnapshotsPost = Endpoint<UUID>(.POST, "api", "v1", "organisations", .organisationID, "workforce", "snapshots", resource: .organisationData(.workforce))
    static let organisationWorkforceSnapshot = Endpoint<(UUID, String)>(.GET, "api", "v1", "organisations", .organisationID, "workforce", "snapshots", .date, resource: .organisationData(.workforce))
    static let organisationWorkforceSnapshotDelete = Endpoint<(UUID, String)>(.DELETE, "api", "v1", "organisations", .organisationID, "workforce", "snapshots", .date, resource: .organisationData(.workforce))
    static let organisationWorkforceSnapshotPayGaps = Endpoint<(UUID, String)>(.GET, "api", "v1", "organisations", .organisationID, "workforce", "snapshots", .date, "pay-gaps", resource: .organisationData(.workforce))

    static let organisationDataRoutes: [RouteDeclaration] = [
        organisationEqualityReport.declaration,
        organisationImpactAssessments.declaration,
        organisationImpactAssessmentsPost.declaration,
        organisationImpactAssessment.declaration,
        organisationImpactAssessmentPut.declaration,
        organisationImpactAssessmentDelete.declaration,
        organisationImpactAssessmentsProgramme.declaration,
        organisationWorkforceCommunityProfile.declaration,
        organisationWorkforceCommunityProfilePut.declaration,
        organisationWorkforceProfile.declaration,
        organisationWorkforceSnapshots.declaration,
        organisationWorkforceSnapshotsPost.declaration,
        organisationWorkforceSnapshot.declaration,
        organisationWorkforceSnapshotDelete.declaration,
        organisationWorkforceSnapshotPayGaps.declaration,
    ]
}
