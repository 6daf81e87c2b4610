import EquitasCore
import EquitasPersistence
import Vapor

struct OrganisationController: DeclaredRouteCollection {
    let resource = ResourceRoutes(entity: "organisation", parameter: "organisationID") { OrganisationStore(db: $0.db) }

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.organisations, use: list)
        try resource.register(
            on: routes, create: API.organisationsPost, show: API.organisation, update: API.organisationPut, delete: API.organisationDelete)
    }

    /// `?q=` narrows to names containing the text.
    func list(req: Request) async throws -> Response {
        let page = try await OrganisationStore(db: req.db).list(try req.pageRequest(), nameContains: req.query["q"])
        return try JSONResponse.make(page)
    }
}
