import EquitasCore
import EquitasPersistence
import Vapor

/// Marking what the public may see of a plan (`…/publicity`), in the API and on the
/// plan's "What the public sees" page. Writing needs the plan's write access (its
/// council's officers); every change is in the plan's audit trail.
struct PublicityController: DeclaredRouteCollection {
    struct Choice: Content { var `public`: Bool }

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.actionPlanPublicity, use: flags)
        try routes.on(API.actionPlanItemPublicityPut, use: markItem)
        try routes.on(API.actionPlanActionUpdatePublicityPut, use: markUpdate)
    }

    func flags(req: Request) async throws -> Response {
        try JSONResponse.make(try await PublicityStore(db: req.db, catalog: req.catalog).flags(planIds: [try req.planID]))
    }

    func markItem(req: Request) async throws -> Response {
        let choice = try req.decodeJSON(Choice.self)
        try await PublicityStore(db: req.db, catalog: req.catalog)
            .setResponsePublic(planId: try req.planID, itemId: try req.id("itemID", entity: "plan item"), choice.public)
        return try JSONResponse.make(choice)
    }

    func markUpdate(req: Request) async throws -> Response {
        let choice = try req.decodeJSON(Choice.self)
        try await PublicityStore(db: req.db, catalog: req.catalog)
            .setUpdatePublic(planId: try req.planID, updateId: try req.id("updateID", entity: "progress update"), choice.public)
        return try JSONResponse.make(choice)
    }
}
