import EquitasCore
import EquitasPersistence
import Vapor

/// `GET /api/v1/me`: who the API takes the caller to be, so a client can check its
/// token before doing anything with it.
struct MeController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.me, use: show)
    }

    /// The role always; the account only when there is one.
    struct Body: Encodable {
        var role: Role
        var account: Identified<Account>?
    }

    func show(req: Request) async throws -> Response {
        let actor = req.actor
        guard let id = actor.accountId else {
            return try JSONResponse.make(Body(role: actor.role, account: nil))
        }
        let account = try await AccountStore(db: req.db).get(id)
        return try JSONResponse.make(Body(role: actor.role, account: account))
    }
}
