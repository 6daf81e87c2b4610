import EquitasCore
import EquitasPersistence
import Vapor

/// `/challenges/{id}/changes` and `/action-plans/{id}/changes`: the audit trail for
/// whoever may read the challenge or the plan, 50 changes a page, or all as CSV.
struct ChangesPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challengeChanges, use: challenge)
        try routes.on(Site.actionPlanChanges, use: plan)
    }

    func challenge(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let path = Site.challenge.path(id)
        let record = try await PeerWorkRecord.load(req)
        var words = try await Self.words(req)
        // Evidence is the council's own, so its titles may name what a link pointed at.
        for evidence in try await PublicQueries.all({ try await ChallengePartStore<EvidenceDocument>(db: req.db, catalog: req.catalog).list(challengeId: id, $0) }) {
            words.names[evidence.id] = evidence.value.title
        }
        return try await respond(
            req, .challenge(id, try await req.challengeVisibility()), title: "Changes to this challenge",
            crumbs: [(Site.challenges.path, "Challenges"), (path, ChallengePageParts.name(councils: record.challenge.organisationIds.map { record.organisationName($0) }))], basePath: Site.challengeChanges.path(id), words: words)
    }

    func plan(req: Request) async throws -> Response {
        let id = try req.id("planID", entity: "action plan")
        let path = Site.actionPlan.path(id)
        let plan = try await ActionPlanStore(db: req.db, catalog: req.catalog).get(id)
        return try await respond(
            req, .actionPlan(id), title: "Changes to this action plan", crumbs: [(Site.actionPlans.path, "Action plans"), (path, plan.value.title)],
            basePath: Site.actionPlanChanges.path(id), words: try await Self.words(req))
    }

    /// People and organisations by name: the directory is small and read whole.
    static func words(_ req: Request) async throws -> ChangeWords {
        let directory = try await DirectoryLookup.load(req.db)
        var words = ChangeWords()
        for person in directory.people { words.names[person.id] = person.value.name }
        for organisation in directory.organisations { words.names[organisation.id] = organisation.value.name }
        return words
    }

    private func respond(
        _ req: Request, _ scope: AuditTrailExport.Scope, title: String, crumbs: [(path: String, words: String)], basePath: String,
        words: ChangeWords
    ) async throws -> Response {
        if req.query[String.self, at: "format"] == "csv" { return try await AuditTrailExport.csv(scope, db: req.db) }
        let page = try await AuditTrailExport.page(scope, try PageRequest(page: req.query[Int.self, at: "page"] ?? 1, per: 50), db: req.db)
        return PageResponse.make(ChangesPage.layout(title: title, crumbs: crumbs, page: page, basePath: basePath, words: words), for: req)
    }
}
