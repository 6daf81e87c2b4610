import Vapor

/// Every route of the application, by surface. Registering goes through
/// `DeclaredRoutes`, which accepts only these, and the role × route matrix walks them.
/// A new route is an `Endpoint` in an area's file under `Table/`, added to that file's
/// list; a new area's list is added here (see docs/adr/0014-typed-route-table.md).
enum RouteTable {
    static let service: [RouteDeclaration] = Site.serviceRoutes

    static let api: [RouteDeclaration] =
        API.directoryRoutes + API.challengeRoutes + API.actionPlanRoutes + API.organisationDataRoutes + API.councilRegisterRoutes

    static let pages: [RouteDeclaration] =
        Site.publicRoutes + Site.directoryRoutes + Site.challengeRoutes + Site.peerWorkRoutes + Site.actionPlanRoutes
        + Site.organisationDataRoutes + Site.councilRegisterRoutes + Site.libraryRoutes

    static var all: [RouteDeclaration] { service + api + pages }

    private static let sets: [RouteSurface: Set<RouteDeclaration>] = [
        .service: Set(service), .api: Set(api), .pages: Set(pages),
    ]

    static func declarations(_ surface: RouteSurface) -> Set<RouteDeclaration> {
        sets[surface] ?? []
    }
}
