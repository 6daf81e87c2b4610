import EquitasCore
import Vapor

/// Who changed what, when: `GET /challenges/{id}/changes` and
/// `GET /action-plans/{id}/changes`, newest first, paged; `?format=csv` gives every
/// change as a spreadsheet-ready file, one row per changed field.
struct AuditTrailController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.challengeChanges) { req in
            try await Self.respond(req, .challenge(try req.id("challengeID", entity: "challenge"), try await req.challengeVisibility()))
        }
        try routes.on(API.actionPlanChanges) { req in
            try await Self.respond(req, .actionPlan(try req.id("planID", entity: "action plan")))
        }
    }

    static func respond(_ req: Request, _ scope: AuditTrailExport.Scope) async throws -> Response {
        switch req.query[String.self, at: "format"] ?? "json" {
        case "json": return try JSONResponse.make(try await AuditTrailExport.page(scope, try req.pageRequest(), db: req.db))
        case "csv": return try await AuditTrailExport.csv(scope, db: req.db)
        case let other: throw ValidationFailure(path: "format", message: "\"\(other)\" is not a format here; use json or csv")
        }
    }
}
