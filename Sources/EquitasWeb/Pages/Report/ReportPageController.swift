import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The report page and what it leads to. Downloads and the preview run the API's own
/// code (`ReportDocumentController`), issuing runs the same store calls as the API, and
/// starting a plan the same as the API's "plan from the final report".
struct ReportPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        let documents = ReportDocumentController()
        try routes.on(Site.challengeReport, use: show)
        try routes.on(Site.challengeReportDownload, use: documents.download)
        try routes.on(Site.challengeReportPreview, use: documents.preview)
        let feedback = FeedbackController()
        try routes.on(Site.challengeFeedbackDeck, use: feedback.deck)
        try routes.on(Site.challengeFeedbackPost, use: recordFeedback)
        try routes.on(Site.challengeReportDraftPost) { try await issue(.draft, req: $0) }
        try routes.on(Site.challengeReportFinalPost) { try await issue(.final, req: $0) }
        try routes.on(Site.challengeActionPlanPost, use: createPlan)
    }

    func show(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let facts = try await req.challengeFacts()
        let context = req.pageContext
        let versions = try await ReportVersionStore(db: req.db, catalog: req.catalog).list(challengeId: work.id)
        var plans: [Identified<ActionPlan>] = []
        var councils: [UUID] = []
        if work.challenge.status == .final || work.challenge.status == .published {
            if context.may(.read, .actionPlanRegister) {
                plans = try await req.actionPlans.list(
                    try PageRequest(page: 1, per: 100), organisationId: try req.planOrganisationFilter(), challengeId: work.id
                ).items
            }
            if context.may(.write, .actionPlanRegister) {
                councils = work.challenge.organisationIds.filter { context.may(.write, .actionPlan(organisationId: $0)) }
            }
        }
        let mayRecordFeedback = context.may(.write, .challenge(facts, part: .feedback)) && !facts.feedbackGiven
            && (facts.status == .onSite || facts.status == .drafting)
        let data = ReportPageData(
            work: work, versions: versions, plans: plans, mayIssue: context.may(.write, .challenge(facts, part: .reportVersions)),
            mayReadWorkingCopy: context.may(.read, .challenge(facts, part: .workingCopy)),
            feedback: try await FeedbackStore(db: req.db, catalog: req.catalog).summary(challengeId: work.id), mayRecordFeedback: mayRecordFeedback,
            planCouncils: councils, csrf: context.csrfToken, done: req.query["done"])
        return PageResponse.make(ReportPage.layout(data), for: req)
    }

    /// A refusal (the challenge's status, comments still open) comes back as the 409 page
    /// with the reason.
    func issue(_ kind: ReportVersionKind, req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let store = ReportVersionStore(db: req.db, catalog: req.catalog)
        guard Confirmation.isConfirmed(req) else {
            let work = try await PeerWorkRecord.load(req)
            return ReportIssueConfirmation.make(kind, work: work, today: req.today).response(for: req)
        }
        let issuer = Self.signature(req)
        let today = req.today
        _ = switch kind {
        case .draft: try await store.issueDraft(challengeId: id, issuedBy: issuer, on: today)
        case .final: try await store.issueFinal(challengeId: id, issuedBy: issuer, on: today)
        }
        return PageResponse.redirect(to: Site.challengeReport.path(id) + "?done=\(kind.rawValue)")
    }

    struct FeedbackForm: Content {
        var given_on: String?
    }

    /// The date comes from a date field; a refusal (already recorded, the wrong status, a
    /// date in the future) comes back as the 409 page with the reason.
    func recordFeedback(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let form = (try? req.content.decode(FeedbackForm.self)) ?? FeedbackForm()
        let day = try FeedbackController.day(form.given_on)
        _ = try await FeedbackStore(db: req.db, catalog: req.catalog).record(
            challengeId: id, givenOn: day, recordedBy: Self.signature(req), today: req.today)
        return PageResponse.redirect(to: Site.challengeReport.path(id) + "?done=feedback")
    }

    struct PlanForm: Content {
        var organisation_id: String?
    }

    func createPlan(req: Request) async throws -> Response {
        let form = (try? req.content.decode(PlanForm.self)) ?? PlanForm()
        var organisationId: UUID?
        if let raw = FindingDraft.trimmed(form.organisation_id) {
            guard let id = UUID(uuidString: raw) else { throw ValidationFailure(path: "organisation_id", message: "\"\(raw)\" is not an id") }
            organisationId = id
        }
        try await req.authorizePlanFromChallenge(organisationId: organisationId)
        let record = try await req.actionPlans.createFromChallenge(
            try req.id("challengeID", entity: "challenge"), organisationId: organisationId, title: nil)
        return PageResponse.redirect(to: Site.actionPlan.path(record.plan.id))
    }

    /// Who did it, as the report trail records it: "Priya Hollingsworth, review manager".
    static func signature(_ req: Request) -> String {
        let name = req.pageContext.accountName ?? "Unknown"
        return "\(name), \(req.actor.role.label.lowercased())"
    }
}
