import EquitasCore
import EquitasPersistence
import Vapor

/// `/challenges/{id}/changes` and `/action-plans/{id}/changes`: the audit trail for
/// whoever may read the challenge or the plan, 50 changes a page, or all as CSV.
struct ChangesPageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.protected(.challenge(.setUp)).get("challenges", ":challengeID", "changes", use: challenge)
        routes.protected(.actionPlan).get("action-plans", ":planID", "changes", use: plan)
    }

    func challenge(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let path = "/challenges/\(id.uuidString.lowercased())"
        return try await respond(req, .challenge(id, try await req.challengeVisibility()), title: "Changes to this challenge", back: (path, "Back to the challenge"), basePath: path + "/changes")
    }

    func plan(req: Request) async throws -> Response {
        let id = try req.id("planID", entity: "action plan")
        let path = "/action-plans/\(id.uuidString.lowercased())"
        return try await respond(req, .actionPlan(id), title: "Changes to this action plan", back: (path, "Back to the action plan"), basePath: path + "/changes")
    }

    private func respond(
        _ req: Request, _ scope: AuditTrailExport.Scope, title: String, back: (String, String), basePath: String
    ) async throws -> Response {
        if req.query[String.self, at: "format"] == "csv" { return try await AuditTrailExport.csv(scope, db: req.db) }
        let page = try await AuditTrailExport.page(scope, try PageRequest(page: req.query[Int.self, at: "page"] ?? 1, per: 50), db: req.db)
        return PageResponse.make(ChangesPage.layout(title: title, back: back, page: page, basePath: basePath), for: req)
    }
}
