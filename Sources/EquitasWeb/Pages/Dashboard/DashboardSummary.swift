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
    /// What awaits the person on their challenges, each with the challenge's name.
    var tasks: [(task: AwaitingTask, challenge: String)] = []
    /// A council's people see what comes up next in its equality duty calendar.
    var calendar: (organisationId: UUID, entries: [CalendarEntry])? = nil

    static func load(_ req: Request) async throws -> DashboardSummary {
        let page = try await ChallengeStore(db: req.db, catalog: req.catalog).list(
            try PageRequest(page: 1, per: challengeLimit), among: try await req.visibleChallengeIds())
        var names = OrganisationNames(store: OrganisationStore(db: req.db))
        var entries: [ChallengeEntry] = []
        var tasks: [(task: AwaitingTask, challenge: String)] = []
        let today = req.today
        for challenge in page.items {
            let value = challenge.value
            let framework = req.catalog.framework(value.frameworkId, version: value.frameworkVersion)
            entries.append(
                ChallengeEntry(
                    id: challenge.id, councils: try await names.names(value.organisationIds),
                    framework: framework.map { "\($0.name) (\($0.version))" } ?? value.frameworkId, status: value.status))
            guard value.status < .published, let work = try await loadWork(challenge, req, today: today) else { continue }
            let name = ChallengePageParts.name(councils: entries[entries.count - 1].councils)
            tasks += AwaitingTasks.tasks(for: req.actor, work, today: today).map { ($0, name) }
        }
        var due: [DueAction]?
        if req.may(.read, .actionPlanRegister) {
            due = try await req.planExchange.due(
                planId: nil, organisationId: try req.planOrganisationFilter(), asOf: req.today, withinDays: dueWithinDays)
        }
        var calendar: (organisationId: UUID, entries: [CalendarEntry])?
        if req.actor.role.isCouncilRole, let council = req.actor.organisationId {
            let today = req.today
            let coming = try await CalendarStore(db: req.db, catalog: req.catalog).entries(organisationId: council, from: today, to: today.adding(days: 90) ?? today)
            calendar = (council, Array(coming.prefix(5)))
        }
        return DashboardSummary(challenges: entries, totalChallenges: page.metadata.total, dueActions: due, tasks: tasks, calendar: calendar)
    }

    /// Only what the person's role can have a task in is read: the report's versions
    /// for councils and managers, the day's programme for a peer.
    private static func loadWork(_ challenge: Identified<Challenge>, _ req: Request, today: CalendarDate) async throws -> ChallengeWork? {
        var facts = try await AccessFacts(db: req.db).challenge(challenge.id)
        facts.status = challenge.value.status
        var work = ChallengeWork(id: challenge.id, challenge: challenge.value, facts: facts)
        switch req.actor.role {
        case .councilOfficer, .councillor, .reviewManager, .administrator:
            if challenge.value.status >= .drafting {
                work.versions = try await ReportVersionStore(db: req.db, catalog: req.catalog).list(challengeId: challenge.id)
            }
        case .peer:
            if challenge.value.status <= .onSite {
                let store = ChallengePartStore<ProgrammeSession>(db: req.db, catalog: req.catalog)
                let sessions = try await PublicQueries.all { try await store.list(challengeId: challenge.id, $0) }
                work.sessionsToday = sessions.map(\.value).filter { $0.start.date == today }
            }
        case .public:
            return nil
        }
        return work
    }
}
