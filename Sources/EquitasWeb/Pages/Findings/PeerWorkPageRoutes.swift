import Vapor

/// The team's work and what comes of it, from capturing findings to the action plan:
/// registered together so the page routes take them in one line.
struct PeerWorkPageRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: FindingsPageController())
        try routes.register(collection: RecommendationsPageController())
        try routes.register(collection: ConclusionPageController())
        try routes.register(collection: ReportPageController())
        try routes.register(collection: CommentsPageController())
        try routes.register(collection: DraftReadingPageController())
    }
}
