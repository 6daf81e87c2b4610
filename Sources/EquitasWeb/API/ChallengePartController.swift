import EquitasCore
import EquitasPersistence
import Vapor

/// The routes of one kind of part under `/challenges/{challengeID}/…`: list (paged),
/// create, read, replace, delete. Each write is checked against the challenge by the store.
struct ChallengePartController<Part: ChallengePart>: DeclaredRouteCollection {
    let endpoints: ChallengePartEndpoints
    let entity: String

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(endpoints.list, use: list)
        try routes.on(endpoints.create, use: create)
        try routes.on(endpoints.show, use: show)
        try routes.on(endpoints.update, use: update)
        try routes.on(endpoints.delete, use: delete)
    }

    private func store(_ req: Request) -> ChallengePartStore<Part> {
        ChallengePartStore<Part>(db: req.db, catalog: req.catalog)
    }

    private func challengeID(_ req: Request) throws -> UUID { try req.id("challengeID", entity: "challenge") }
    private func partID(_ req: Request) throws -> UUID { try req.id("partID", entity: entity) }

    func list(req: Request) async throws -> Response {
        let page = try await store(req).list(challengeId: challengeID(req), try req.pageRequest())
        let visibility = try await req.challengeVisibility()
        return try JSONResponse.make(Page(items: page.items.map { Self.visible($0, visibility) }, metadata: page.metadata))
    }

    private static func visible(_ part: Identified<Part>, _ visibility: ChallengeVisibility) -> Identified<Part> {
        Identified(id: part.id, value: part.value.visible(to: visibility))
    }

    func create(req: Request) async throws -> Response {
        let challenge = try challengeID(req)
        let value = try req.decodeJSON(Part.self)
        let created = try await store(req).create(challengeId: challenge, value, id: UUID())
        return try JSONResponse.created(Self.visible(created, try await req.challengeVisibility()), under: req.url.path)
    }

    func show(req: Request) async throws -> Response {
        try JSONResponse.make(Self.visible(try await store(req).get(challengeId: challengeID(req), id: partID(req)), try await req.challengeVisibility()))
    }

    func update(req: Request) async throws -> Response {
        let (challenge, id) = (try challengeID(req), try partID(req))
        let value = try req.decodeJSON(Part.self)
        return try JSONResponse.make(Self.visible(try await store(req).update(challengeId: challenge, id: id, value), try await req.challengeVisibility()))
    }

    func delete(req: Request) async throws -> Response {
        try await store(req).delete(challengeId: challengeID(req), id: partID(req))
        return Response(status: .noContent)
    }
}
