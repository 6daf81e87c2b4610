import EquitasCore
import EquitasPersistence
import Vapor

struct PersonController: RouteCollection {
    let resource = ResourceRoutes(entity: "person", parameter: "personID") { PersonStore(db: $0.db) }

    func boot(routes: any RoutesBuilder) throws {
        let people = routes.grouped("people")
        people.get(use: list)
        resource.register(on: people)
    }

    /// `?organisation_id=` narrows to one organisation's people.
    func list(req: Request) async throws -> Response {
        let page = try await PersonStore(db: req.db).list(try req.pageRequest(), organisationId: try req.optionalUUIDQuery("organisation_id"))
        return try JSONResponse.make(page)
    }
}
