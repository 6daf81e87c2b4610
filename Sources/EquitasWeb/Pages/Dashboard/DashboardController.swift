import Vapor

/// The signed-in person's own starting page.
struct DashboardController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.dashboard, use: dashboard)
    }

    func dashboard(req: Request) async throws -> Response {
        PageResponse.make(DashboardPage.layout(try await DashboardSummary.load(req), context: req.pageContext), for: req)
    }
}
