import EquitasCore
import EquitasPersistence
import Vapor

/// `GET /challenges/:id/self-assessment/last-time`: for a challenge that follows
/// another, last time as the council may see it (`EarlierCycle`): the scope and
/// judgements then, its self-assessment, the team's findings once its final report was
/// issued, and each recommendation with its response and actions — the open ones are
/// what the council must address. Declared as the self-assessment's, which it informs.
struct LastTimeController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.challengeSelfAssessmentLastTime, use: lastTime)
    }

    func lastTime(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let store = ChallengeStore(db: req.db, catalog: req.catalog)
        guard let earlier = try await store.earlierCycle(of: try await store.get(id).value) else {
            throw NotFound(entity: "earlier challenge of challenge", id: id)
        }
        return try JSONResponse.make(earlier)
    }
}
