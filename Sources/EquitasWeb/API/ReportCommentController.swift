import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// Council comments on drafts: added per version, listed per version or for the whole
/// challenge, and resolved one by one.
struct ReportCommentController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.challengeReportVersionComments, use: listVersion)
        try routes.on(API.challengeReportVersionCommentsPost, use: create)
        try routes.on(API.challengeReportComments, use: listAll)
        // Resolving is the review manager's: a council may comment, not rule on its own comments.
        try routes.on(API.challengeReportCommentResolutionPost, use: resolve)
    }

    private func store(_ req: Request) -> ReportCommentStore { ReportCommentStore(db: req.db, catalog: req.catalog) }

    /// A malformed version number names no version, as a malformed id names nothing.
    private func number(_ req: Request) throws -> Int {
        let raw = req.parameters.get("number") ?? ""
        guard let number = Int(raw), number >= 1 else { throw NotFound(entity: "report version", id: raw) }
        return number
    }

    func listVersion(req: Request) async throws -> Response {
        try await list(req, version: number(req))
    }

    func listAll(req: Request) async throws -> Response {
        try await list(req, version: nil)
    }

    /// `?unresolved=true` keeps only those still waiting for a resolution.
    private func list(_ req: Request, version: Int?) async throws -> Response {
        let unresolved: Bool
        switch req.query[String.self, at: "unresolved"] {
        case nil, "false": unresolved = false
        case "true": unresolved = true
        case let other?: throw ValidationFailure(path: "unresolved", message: "\"\(other)\" is not true or false")
        }
        let page = try await store(req).list(
            challengeId: req.id("challengeID", entity: "challenge"), version: version, unresolvedOnly: unresolved, page: req.pageRequest())
        return try JSONResponse.make(page)
    }

    func create(req: Request) async throws -> Response {
        let (challenge, version) = (try req.id("challengeID", entity: "challenge"), try number(req))
        let input = try req.decodeJSON(NewReportComment.self)
        return try JSONResponse.make(try await store(req).add(challengeId: challenge, version: version, input, at: req.clock.now), status: .created)
    }

    func resolve(req: Request) async throws -> Response {
        let (challenge, comment) = (try req.id("challengeID", entity: "challenge"), try req.id("commentID", entity: "report comment"))
        let input = try req.decodeJSON(CommentResolutionRequest.self)
        return try JSONResponse.make(try await store(req).resolve(challengeId: challenge, commentId: comment, input, at: req.clock.now))
    }
}
