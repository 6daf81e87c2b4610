import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// Writing the numbered recommendations the council's action plan will answer.
struct RecommendationsPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challengeRecommendations, use: list)
        try routes.on(Site.challengeRecommendationsPost, use: create)
        try PeerWorkEditing<RecommendationDraft>(parameter: "recommendationID").register(on: routes)
    }

    private func store(_ req: Request) -> ChallengePartStore<Recommendation> {
        ChallengePartStore<Recommendation>(db: req.db, catalog: req.catalog)
    }

    private func canWrite(_ req: Request) async throws -> Bool {
        req.pageContext.may(.write, .challenge(try await req.challengeFacts(), part: .peerWork))
    }

    func list(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        var draft = RecommendationDraft()
        draft.number = String(RecommendationsPage.nextNumber(work))
        draft.council = req.query["council"]
        return try await page(req, work, draft: draft, errors: FormErrors(), done: req.query["done"], status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let draft = (try? req.content.decode(RecommendationDraft.self)) ?? RecommendationDraft()
        let (recommendation, errors) = draft.parsed()
        guard let recommendation else { return try await page(req, work, draft: draft, errors: errors, status: .unprocessableEntity) }
        do {
            _ = try await store(req).create(challengeId: work.id, recommendation)
        } catch let failure as ValidationFailure {
            return try await page(req, work, draft: draft, errors: RecommendationFields.errors(failure), status: .unprocessableEntity)
        }
        let council = recommendation.organisationId?.uuidString.lowercased() ?? "joint"
        return PageResponse.redirect(to: Site.challengeRecommendations.path(work.id) + "?council=\(council)&done=added")
    }

    private func page(
        _ req: Request, _ work: PeerWorkRecord, draft: RecommendationDraft, errors: FormErrors, done: String? = nil, status: HTTPResponseStatus
    ) async throws -> Response {
        let layout = RecommendationsPage.layout(
            work, draft: draft, errors: errors, canWrite: try await canWrite(req), csrf: req.pageContext.csrfToken, done: done)
        return PageResponse.make(layout, for: req, status: status)
    }
}
