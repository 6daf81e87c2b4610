import Vapor

/// The only way a controller adds a route: by an endpoint of the route table. Each
/// surface (pages, API, service) gets its own, holding the middleware of that surface
/// and the table's list for it, so a route the table does not declare — or declares
/// for another surface — cannot be registered: booting fails, naming it.
struct DeclaredRoutes {
    private let builder: any RoutesBuilder
    let surface: RouteSurface

    init(_ builder: any RoutesBuilder, surface: RouteSurface) {
        self.builder = builder
        self.surface = surface
    }

    @discardableResult
    func on<Parameters, Response: AsyncResponseEncodable & VaporSendableMetatype>(
        _ endpoint: Endpoint<Parameters>, body: HTTPBodyStreamStrategy = .collect,
        use handler: @escaping @Sendable (Request) async throws -> Response
    ) throws -> Route {
        let declared = endpoint.declaration
        guard RouteTable.declarations(surface).contains(declared) else { throw UndeclaredRoute(declaration: declared, surface: surface) }
        let route = builder.on(declared.method, declared.pathComponents, body: body, use: handler)
        route.userInfo[RouteDeclaration.userInfoKey] = declared
        route.userInfo[ProtectedResource.userInfoKey] = declared.resource
        return route
    }

    func register(_ collection: some DeclaredRouteCollection) throws {
        try collection.boot(routes: self)
    }
}

/// A controller's routes, added through the table.
protocol DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws
}

/// A route registered that the table does not list for its surface.
struct UndeclaredRoute: Error, CustomStringConvertible {
    let declaration: RouteDeclaration
    let surface: RouteSurface
    var description: String { "\(declaration) is not in the route table's \(surface) routes" }
}
