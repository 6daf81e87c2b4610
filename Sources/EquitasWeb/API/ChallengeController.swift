import EquitasCore
import EquitasPersistence
import Vapor

struct ChallengeController: DeclaredRouteCollection {
    let resource = ResourceRoutes(
        entity: "challenge", parameter: "challengeID", visible: { req, challenge in challenge.visible(to: try await req.challengeVisibility()) }
    ) { ChallengeStore(db: $0.db, catalog: $0.catalog) }

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.challenges, use: list)
        try routes.on(API.challengesImportPost, body: .collect(atMost: 20 * 1024 * 1024), use: importDocument).body(limit: 20 * 1024 * 1024)
        try resource.register(on: routes, create: API.challengesPost, show: API.challenge, update: API.challengePut, delete: API.challengeDelete)
        try routes.on(API.challengeTransitionPost, use: transition)
        try routes.on(API.challengeExport, use: export)
    }

    /// `?status=` and `?organisation_id=` narrow the list.
    func list(req: Request) async throws -> Response {
        let page = try await ChallengeStore(db: req.db, catalog: req.catalog).list(
            try req.pageRequest(),
            status: try req.optionalQuery("status", as: ChallengeStatus.self),
            organisationId: try req.optionalUUIDQuery("organisation_id"), among: try await req.visibleChallengeIds())
        return try JSONResponse.make(Page(items: page.items.map { Identified(id: $0.id, value: $0.value.visible(to: req.listingVisibility(of: $0.value))) }, metadata: page.metadata))
    }

    struct TransitionInput: Codable { var status: ChallengeStatus }

    /// Moves the challenge along its lifecycle; an illegal move is 409 with the moves allowed.
    func transition(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let input = try req.decodeJSON(TransitionInput.self)
        return try JSONResponse.make(try await ChallengeStore(db: req.db, catalog: req.catalog).transition(id, to: input.status))
    }

    /// The whole challenge as one `equitas.challenge/1` document.
    func export(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let document = try await ChallengeInterchange(db: req.db, catalog: req.catalog).export(id, visibility: try await req.challengeVisibility())
        let response = try JSONResponse.make(document)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"challenge-\(id.uuidString.lowercased()).json\"")
        return response
    }

    struct ImportResult: Codable { var id: UUID }

    /// Creates a new challenge from a document; nothing is written unless all of it is valid.
    func importDocument(req: Request) async throws -> Response {
        guard let buffer = req.body.data else { throw ValidationFailure(path: "", message: "the request has no JSON body") }
        let id = try await ChallengeInterchange(db: req.db, catalog: req.catalog).importDocument(Data(buffer: buffer))
        let response = try JSONResponse.make(ImportResult(id: id), status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/challenges/\(id.uuidString)")
        return response
    }
}
