import EquitasCore
import Foundation

/// The addresses of a council's workforce pages by what they are for, built from the
/// route table so that links, form actions and redirects agree with the routes.
enum WorkforcePaths {
    static func base(_ organisationId: UUID) -> String { Site.organisationWorkforce.path(organisationId) }

    static func upload(_ organisationId: UUID) -> String { Site.organisationWorkforceSnapshotsPost.path(organisationId) }

    static func snapshot(_ organisationId: UUID, _ date: CalendarDate) -> String {
        Site.organisationWorkforceSnapshot.path(organisationId, "\(date)")
    }

    static func deleteSnapshot(_ organisationId: UUID, _ date: CalendarDate) -> String {
        Site.organisationWorkforceSnapshotDeletePost.path(organisationId, "\(date)")
    }

    static func communityProfile(_ organisationId: UUID) -> String { Site.organisationWorkforceCommunityProfile.path(organisationId) }

    /// Built beside these pages: the profile, disclosure and trend charts.
    static func profile(_ organisationId: UUID) -> String { Site.organisationWorkforceProfile.path(organisationId) }

    /// Built beside these pages: the annual equality information report.
    static func equalityReport(_ organisationId: UUID) -> String { Site.organisationWorkforceEqualityReport.path(organisationId) }

    static func organisation(_ organisationId: UUID) -> String { Site.organisation.path(organisationId) }
}
