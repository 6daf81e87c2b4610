import Vapor

/// The signed-in person's own starting page.
struct DashboardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.protected(.signedIn).get("dashboard", use: dashboard)
    }

    func dashboard(req: Request) async throws -> Response {
        PageResponse.make(DashboardPage.layout(try await DashboardSummary.load(req), context: req.pageContext), for: req)
    }
}
