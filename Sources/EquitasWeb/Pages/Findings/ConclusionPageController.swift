import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The conclusion and award, which live on the challenge record itself: saving them
/// replaces the challenge with only these fields changed.
struct ConclusionPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challengeConclusion, use: show)
        try routes.on(Site.challengeConclusionPost, use: save)
    }

    func show(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        return try await page(req, work, draft: ConclusionDraft(work.challenge), errors: FormErrors(), status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let draft = (try? req.content.decode(ConclusionDraft.self)) ?? ConclusionDraft()
        // Read afresh, so that a status changed since the page was loaded is kept.
        let store = ChallengeStore(db: req.db, catalog: req.catalog)
        let current = try await store.get(work.id).value
        let (changed, errors) = draft.applied(to: current)
        guard let changed else { return try await page(req, work, draft: draft, errors: errors, status: .unprocessableEntity) }
        do {
            _ = try await store.update(work.id, changed)
        } catch let failure as ValidationFailure {
            return try await page(req, work, draft: draft, errors: ConclusionDraft.errors(failure), status: .unprocessableEntity)
        }
        return PageResponse.redirect(to: Site.challengeConclusion.path(work.id) + "?done=saved")
    }

    private func page(
        _ req: Request, _ work: PeerWorkRecord, draft: ConclusionDraft, errors: FormErrors, status: HTTPResponseStatus
    ) async throws -> Response {
        let canWrite = req.pageContext.may(.write, .challenge(try await req.challengeFacts(), part: .peerWork))
        let layout = ConclusionPage.layout(
            work, draft: draft, errors: errors, canWrite: canWrite, csrf: req.pageContext.csrfToken, done: (req.query["done"] as String?) == "saved",
            secondLevel: work.challenge.secondLevel?.words(in: req.catalog))
        return PageResponse.make(layout, for: req, status: status)
    }
}
