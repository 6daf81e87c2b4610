import EquitasCore
import Foundation

/// The addresses of a council's workforce pages, in one place so that links, form
/// actions and redirects agree.
enum WorkforcePaths {
    static func base(_ organisationId: UUID) -> String { "/organisations/\(organisationId.uuidString.lowercased())/workforce" }

    static func upload(_ organisationId: UUID) -> String { base(organisationId) + "/snapshots" }

    static func snapshot(_ organisationId: UUID, _ date: CalendarDate) -> String { base(organisationId) + "/snapshots/\(date)" }

    static func deleteSnapshot(_ organisationId: UUID, _ date: CalendarDate) -> String { snapshot(organisationId, date) + "/delete" }

    static func communityProfile(_ organisationId: UUID) -> String { base(organisationId) + "/community-profile" }

    /// Built beside these pages: the profile, disclosure and trend charts.
    static func profile(_ organisationId: UUID) -> String { base(organisationId) + "/profile" }

    /// Built beside these pages: the annual equality information report.
    static func equalityReport(_ organisationId: UUID) -> String { base(organisationId) + "/equality-report" }

    static func organisation(_ organisationId: UUID) -> String { "/organisations/\(organisationId.uuidString.lowercased())" }
}
