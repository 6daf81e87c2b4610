import EquitasCore
import EquitasPersistence
import Vapor

struct OrganisationController: RouteCollection {
    let resource = ResourceRoutes(entity: "organisation", parameter: "organisationID") { OrganisationStore(db: $0.db) }

    func boot(routes: any RoutesBuilder) throws {
        let organisations = routes.grouped("organisations")
        organisations.get(use: list)
        resource.register(on: organisations)
    }

    /// `?q=` narrows to names containing the text.
    func list(req: Request) async throws -> Response {
        let page = try await OrganisationStore(db: req.db).list(try req.pageRequest(), nameContains: req.query["q"])
        return try JSONResponse.make(page)
    }
}
