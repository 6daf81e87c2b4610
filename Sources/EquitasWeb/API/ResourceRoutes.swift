import EquitasCore
import EquitasPersistence
import Fluent
import Vapor

/// A store of resources addressed by id alone: organisations, people, challenges.
protocol ResourceStore: Sendable {
    associatedtype Value: Codable & Sendable
    func get(_ id: UUID) async throws -> Identified<Value>
    func create(_ value: Value, id: UUID) async throws -> Identified<Value>
    func update(_ id: UUID, _ value: Value) async throws -> Identified<Value>
    func delete(_ id: UUID) async throws
}

extension OrganisationStore: ResourceStore {}
extension PersonStore: ResourceStore {}
extension ChallengeStore: ResourceStore {}

/// The create, read, update and delete routes every such resource has, written once.
/// Listing differs per resource (its filters), so each controller adds its own.
struct ResourceRoutes<Store: ResourceStore>: Sendable {
    let entity: String
    let parameter: String
    let store: @Sendable (Request) -> Store
    /// What the caller may see of a value it may read (a challenge without the team's
    /// unissued work, for its council); everything by default.
    let visible: @Sendable (Request, Store.Value) async throws -> Store.Value

    init(
        entity: String, parameter: String,
        visible: @escaping @Sendable (Request, Store.Value) async throws -> Store.Value = { $1 },
        store: @escaping @Sendable (Request) -> Store
    ) {
        self.entity = entity
        self.parameter = parameter
        self.visible = visible
        self.store = store
    }

    /// The routes of one resource, from the route table; what each touches is declared there.
    func register(
        on routes: DeclaredRoutes, create: Endpoint<Void>, show: Endpoint<UUID>, update: Endpoint<UUID>, delete: Endpoint<UUID>
    ) throws {
        try routes.on(create, use: self.create)
        try routes.on(show, use: self.show)
        try routes.on(update, use: self.update)
        try routes.on(delete, use: self.delete)
    }

    func create(req: Request) async throws -> Response {
        let value = try req.decodeJSON(Store.Value.self)
        let created = try await store(req).create(value, id: UUID())
        return try JSONResponse.created(created, under: req.url.path)
    }

    func show(req: Request) async throws -> Response {
        try JSONResponse.make(try await shown(req, try await store(req).get(req.id(parameter, entity: entity))))
    }

    func update(req: Request) async throws -> Response {
        let id = try req.id(parameter, entity: entity)
        let value = try req.decodeJSON(Store.Value.self)
        return try JSONResponse.make(try await shown(req, try await store(req).update(id, value)))
    }

    private func shown(_ req: Request, _ value: Identified<Store.Value>) async throws -> Identified<Store.Value> {
        Identified(id: value.id, value: try await visible(req, value.value))
    }

    func delete(req: Request) async throws -> Response {
        try await store(req).delete(req.id(parameter, entity: entity))
        return Response(status: .noContent)
    }
}
