import Vapor

/// The team's work and what comes of it, from capturing findings to the action plan:
/// registered together so the page routes take them in one line.
struct PeerWorkPageRoutes: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.register(FindingsPageController())
        try routes.register(RecommendationsPageController())
        try routes.register(ConclusionPageController())
        try routes.register(ReportPageController())
        try routes.register(CommentsPageController())
        try routes.register(DraftReadingPageController())
    }
}
