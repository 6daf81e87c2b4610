import Vapor

/// Every server-rendered page and the style sheet they share. Pages live outside
/// `/api/v1`, so they are not part of the OpenAPI description.
struct PageRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("assets", "equitas.css", use: Stylesheet.serve)
        try routes.register(collection: PublicPageController())
    }
}
