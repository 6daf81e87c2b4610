import EquitasCore
import EquitasPersistence
import Vapor

struct PersonController: DeclaredRouteCollection {
    let resource = ResourceRoutes(entity: "person", parameter: "personID") { PersonStore(db: $0.db) }

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.people, use: list)
        try resource.register(on: routes, create: API.peoplePost, show: API.person, update: API.personPut, delete: API.personDelete)
    }

    /// `?organisation_id=` narrows to one organisation's people.
    func list(req: Request) async throws -> Response {
        let page = try await PersonStore(db: req.db).list(try req.pageRequest(), organisationId: try req.optionalUUIDQuery("organisation_id"))
        return try JSONResponse.make(page)
    }
}
