import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// Writing the numbered recommendations the council's action plan will answer.
struct RecommendationsPageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let recommendations = routes.protected(.challenge(.peerWork)).grouped("challenges", ":challengeID", "recommendations")
        recommendations.get(use: list)
        recommendations.post(use: create)
        recommendations.get(":recommendationID", "edit", use: edit)
        recommendations.post(":recommendationID", use: update)
        recommendations.post(":recommendationID", "delete", use: delete)
    }

    private func store(_ req: Request) -> ChallengePartStore<Recommendation> {
        ChallengePartStore<Recommendation>(db: req.db, catalog: req.catalog)
    }

    private func recommendationID(_ req: Request) throws -> UUID { try req.id("recommendationID", entity: "recommendation") }

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
        return PageResponse.redirect(to: work.path + "/recommendations?council=\(council)&done=added")
    }

    func edit(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let found = try await store(req).get(challengeId: work.id, id: recommendationID(req))
        return try await editPage(req, work, id: found.id, draft: RecommendationDraft(found.value), errors: FormErrors(), status: .ok)
    }

    func update(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let id = try recommendationID(req)
        _ = try await store(req).get(challengeId: work.id, id: id)
        let draft = (try? req.content.decode(RecommendationDraft.self)) ?? RecommendationDraft()
        let (recommendation, errors) = draft.parsed()
        guard let recommendation else { return try await editPage(req, work, id: id, draft: draft, errors: errors, status: .unprocessableEntity) }
        do {
            _ = try await store(req).update(challengeId: work.id, id: id, recommendation)
        } catch let failure as ValidationFailure {
            return try await editPage(req, work, id: id, draft: draft, errors: RecommendationFields.errors(failure), status: .unprocessableEntity)
        }
        return PageResponse.redirect(to: work.path + "/recommendations?done=saved")
    }

    func delete(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        try await store(req).delete(challengeId: work.id, id: recommendationID(req))
        return PageResponse.redirect(to: work.path + "/recommendations?done=deleted")
    }

    private func page(
        _ req: Request, _ work: PeerWorkRecord, draft: RecommendationDraft, errors: FormErrors, done: String? = nil, status: HTTPResponseStatus
    ) async throws -> Response {
        let layout = RecommendationsPage.layout(
            work, draft: draft, errors: errors, canWrite: try await canWrite(req), csrf: req.pageContext.csrfToken, done: done)
        return PageResponse.make(layout, for: req, status: status)
    }

    private func editPage(
        _ req: Request, _ work: PeerWorkRecord, id: UUID, draft: RecommendationDraft, errors: FormErrors, status: HTTPResponseStatus
    ) async throws -> Response {
        let layout = RecommendationEditPage.layout(
            work, recommendationId: id, draft: draft, errors: errors, canWrite: try await canWrite(req), csrf: req.pageContext.csrfToken)
        return PageResponse.make(layout, for: req, status: status)
    }
}
