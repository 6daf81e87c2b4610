import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// What the dashboard shows a person, already narrowed to what they may see: their
/// challenges (newest first) and, for those who follow action plans, the actions due
/// in the next month or already overdue.
struct DashboardSummary: Sendable {
    struct ChallengeEntry: Sendable {
        var id: UUID
        var councils: [String]
        var framework: String
        var status: ChallengeStatus
    }

    static let dueWithinDays = 30
    /// The dashboard is a starting point, not the register: past this, it links there.
    static let challengeLimit = 50

    var challenges: [ChallengeEntry]
    var totalChallenges: Int
    /// Nil when the person's role does not follow action plans.
    var dueActions: [DueAction]?
    /// A council's people see what comes up next in its equality duty calendar.
    var calendar: (organisationId: UUID, entries: [CalendarEntry])? = nil

    static func load(_ req: Request) async throws -> DashboardSummary {
        let page = try await ChallengeStore(db: req.db, catalog: req.catalog).list(
            try PageRequest(page: 1, per: challengeLimit), among: try await req.visibleChallengeIds())
        var names = OrganisationNames(store: OrganisationStore(db: req.db))
        var entries: [ChallengeEntry] = []
        for challenge in page.items {
            let value = challenge.value
            let framework = req.catalog.framework(value.frameworkId, version: value.frameworkVersion)
            entries.append(
                ChallengeEntry(
                    id: challenge.id, councils: try await names.names(value.organisationIds),
                    framework: framework.map { "\($0.name) (\($0.version))" } ?? value.frameworkId, status: value.status))
        }
        var due: [DueAction]?
        if req.may(.read, .actionPlanRegister) {
            due = try await req.planExchange.due(
                planId: nil, organisationId: try req.planOrganisationFilter(), asOf: CalendarDate(Date()), withinDays: dueWithinDays)
        }
        var calendar: (organisationId: UUID, entries: [CalendarEntry])?
        if req.actor.role.isCouncilRole, let council = req.actor.organisationId {
            let today = CalendarDate(Date())
            let coming = try await CalendarStore(db: req.db, catalog: req.catalog).entries(organisationId: council, from: today, to: today.adding(days: 90) ?? today)
            calendar = (council, Array(coming.prefix(5)))
        }
        return DashboardSummary(challenges: entries, totalChallenges: page.metadata.total, dueActions: due, calendar: calendar)
    }
}
