import EquitasCore
import Foundation

/// A council's own equality data: workforce, impact assessments, calendar.
extension Site {
    static let organisationCalendar = Endpoint<UUID>(.GET, "organisations", .organisationID, "calendar", resource: .organisationData(.calendar))
    static let organisationCalendarIcs = Endpoint<UUID>(.GET, "organisations", .organisationID, "calendar", "ics", resource: .organisationData(.calendar))
    static let organisationEdit = Endpoint<UUID>(.GET, "organisations", .organisationID, "edit", resource: .directory, access: .write)
    static let organisationImpactAssessments = Endpoint<UUID>(.GET, "organisations", .organisationID, "impact-assessments", resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessmentsPost = Endpoint<UUID>(.POST, "organisations", .organisationID, "impact-assessments", resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessment = Endpoint<(UUID, UUID)>(.GET, "organisations", .organisationID, "impact-assessments", .assessmentID, resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessmentPost = Endpoint<(UUID, UUID)>(.POST, "organisations", .organisationID, "impact-assessments", .assessmentID, resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessmentDeletePost = Endpoint<(UUID, UUID)>(.POST, "organisations", .organisationID, "impact-assessments", .assessmentID, "delete", resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessmentEdit = Endpoint<(UUID, UUID)>(.GET, "organisations", .organisationID, "impact-assessments", .assessmentID, "edit", resource: .organisationData(.impactAssessments), access: .write)
    static let organisationImpactAssessmentsExport = Endpoint<UUID>(.GET, "organisations", .organisationID, "impact-assessments", "export", resource: .organisationData(.impactAssessments))
    static let organisationImpactAssessmentsNew = Endpoint<UUID>(.GET, "organisations", .organisationID, "impact-assessments", "new", resource: .organisationData(.impactAssessments), access: .write)
    static let organisationImpactAssessmentsProgramme = Endpoint<UUID>(.GET, "organisations", .organisationID, "impact-assessments", "programme", resource: .organisationData(.impactAssessments))
    static let organisationWorkforce = Endpoint<UUID>(.GET, "organisations", .organisationID, "workforce", resource: .organisationData(.workforce))
    static let organisationWorkforceCommunityProfile = Endpoint<UUID>(.GET, "organisations", .organisationID, "workforce", "community-profile", resource: .organisationData(.workforce))
    static let organisationWorkforceCommunityProfilePost = Endpoint<UUID>(.POST, "organisations", .organisationID, "workforce", "community-profile", resource: .organisationData(.workforce))
    static let organisationWorkforceEqualityReport = Endpoint<UUID>(.GET, "organisations", .organisationID, "workforce", "equality-report", resource: .organisationData(.workforce))
    static let organisationWorkforceEqualityReportDownload = Endpoint<UUID>(.GET, "organisations", .organisationID, "workforce", "equality-report", "download", resource: .organisationData(.workforce))
    static let organisationWorkforceProfile = Endpoint<UUID>(.GET, "organisations", .organisationID, "workforce", "profile", resource: .organisationData(.workforce))
    static let organisationWorkforceSnapshotsPost = Endpoint<UUID>(.POST, "organisations", .organisationID, "workforce", "snapshots", resource: .organisationData(.workforce))
    static let organisationWorkforceSnapshot = Endpoint<(UUID, String)>(.GET, "organisations", .organisationID, "workforce", "snapshots", .date, resource: .organisationData(.workforce))
    static let organisationWorkforceSnapshotDeletePost = Endpoint<(UUID, String)>(.POST, "organisations", .organisationID, "workforce", "snapshots", .date, "delete", resource: .organisationData(.workforce))

    static let organisationDataRoutes: [RouteDeclaration] = [
        organisationCalendar.declaration,
        organisationCalendarIcs.declaration,
        organisationEdit.declaration,
        organisationImpactAssessments.declaration,
        organisationImpactAssessmentsPost.declaration,
        organisationImpactAssessment.declaration,
        organisationImpactAssessmentPost.declaration,
        organisationImpactAssessmentDeletePost.declaration,
        organisationImpactAssessmentEdit.declaration,
        organisationImpactAssessmentsExport.declaration,
        organisationImpactAssessmentsNew.declaration,
        organisationImpactAssessmentsProgramme.declaration,
        organisationWorkforce.declaration,
        organisationWorkforceCommunityProfile.declaration,
        organisationWorkforceCommunityProfilePost.declaration,
        organisationWorkforceEqualityReport.declaration,
        organisationWorkforceEqualityReportDownload.declaration,
        organisationWorkforceProfile.declaration,
        organisationWorkforceSnapshotsPost.declaration,
        organisationWorkforceSnapshot.declaration,
        organisationWorkforceSnapshotDeletePost.declaration,
    ]
}
