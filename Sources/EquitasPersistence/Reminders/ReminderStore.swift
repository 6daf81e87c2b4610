import EquitasCore
import FluentKit
import Foundation

/// Loads what the reminders are worked out from (`ReminderInput`): every active account
/// with an address, every plan with its council's name and monitoring contact, the
/// challenges with work waiting for their review managers, and each council's
/// statutory dates in the window ahead.
public struct ReminderStore: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    public func input(asOf today: CalendarDate, settings: ReminderSettings) async throws -> ReminderInput {
        let accounts = try await AccountRow.query(on: db).filter("disabled_at", .equal, String?.none).sort("email").all()
        let recipients = try accounts.map { row in
            ReminderInput.Recipient(
                email: row.email, name: row.name, role: try row.read(row.role, column: "role"), organisationId: row.organisationId,
                personId: row.personId, remindersOff: row.remindersOff ?? false)
        }
        let organisations = Dictionary(
            try await OrganisationRow.query(on: db).all().map { (try $0.requireID(), $0.name) }, uniquingKeysWith: { first, _ in first })
        let plans = try await ActionPlanStore(db: db, catalog: catalog).records().map { record in
            ReminderInput.Plan(
                record: record, organisationName: organisations[record.plan.value.organisationId] ?? "A council",
                monitoringContact: record.plan.value.monitoringContact)
        }
        return ReminderInput(
            recipients: recipients, plans: plans, reviewWork: try await reviewWork(organisations),
            duties: try await duties(Array(organisations.keys), from: today, to: today.adding(days: settings.statutoryWithinDays) ?? today))
    }

    /// Challenges being drafted or with the council: open comments, and drafts not issued.
    private func reviewWork(_ names: [UUID: String]) async throws -> [ReminderInput.ReviewWork] {
        let store = ChallengeStore(db: db, catalog: catalog)
        var work: [ReminderInput.ReviewWork] = []
        for status in [ChallengeStatus.drafting, .councilReview] {
            let challenges = try await store.list(try PageRequest(per: PageRequest.maximumPer), status: status)
            for challenge in challenges.items {
                let managers = try await TeamMemberRow.query(on: db).filter("challenge_id", .equal, challenge.id)
                    .filter("role", .equal, TeamRole.reviewManager.rawValue).all().map(\.personId)
                let open = try await ReportCommentStore(db: db, catalog: catalog).all(challengeId: challenge.id, unresolvedOnly: true).count
                let issued = try await ReportVersionRow.query(on: db).filter("challenge_id", .equal, challenge.id).count()
                let name = challenge.value.organisationIds.compactMap { names[$0] }.joined(separator: " and ")
                work.append(.init(
                    challengeName: name.isEmpty ? "A challenge" : name, reviewManagerPersonIds: Set(managers), openComments: open,
                    draftWaiting: status == .drafting && issued == 0))
            }
        }
        return work
    }

    /// The equality duty's dates for each council, with its published awards, its impact
    /// assessments' reviews, its equality objectives' progress and renewal, and its
    /// committees' meetings.
    public func duties(_ councils: [UUID], from: CalendarDate, to: CalendarDate) async throws -> [ReminderInput.Duty] {
        let awarded = try await ChallengeStore(db: db, catalog: catalog).accredited(try PageRequest(per: PageRequest.maximumPer)).items
        var duties: [ReminderInput.Duty] = []
        for council in councils {
            let awards = awarded.filter { $0.value.organisationIds.contains(council) }.compactMap { challenge -> (level: String, expires: CalendarDate)? in
                guard let award = challenge.value.award else { return nil }
                let level = catalog.framework(challenge.value.frameworkId, version: challenge.value.frameworkVersion)?.level(award.level)?.name ?? award.level
                return (level, award.expires)
            }
            let reviews = try await ImpactAssessmentStore(db: db).list(organisationId: council).compactMap { assessment -> (title: String, date: CalendarDate)? in
                assessment.value.reviewDate.map { (assessment.value.title, $0) }
            }
            let objectives = try await EqualityObjectiveStore(db: db).list(organisationId: council).map(\.value)
            let meetings = try await CommitteeMeetingStore(db: db).list(organisationId: council).map(\.value)
            duties += StatutoryDuties.duties(
                organisationId: council, from: from, to: to, awards: awards, impactReviews: reviews, objectives: objectives, committees: meetings)
        }
        return duties
    }
}
