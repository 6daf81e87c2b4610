import EquitasPersistence
import Fluent
import Vapor

/// Builds the application from its configuration: database, migrations, middleware, routes.
public func configure(_ app: Application, _ configuration: AppConfiguration) async throws {
    app.equitas = configuration
    try FileManager.default.createDirectory(at: configuration.evidenceDirectory, withIntermediateDirectories: true)

    try EquitasDatabase.register(configuration.database, in: app.databases)
    app.keptReads = KeptReads.of(app.databases)
    EquitasDatabase.addMigrations(to: app.migrations)
    if configuration.migrateOnStart {
        try await EquitasDatabase.migrate(app.databases, configuration: configuration.database, logger: app.logger)
    }

    // Our error middleware replaces Vapor's default so that every failure is JSON
    // with a message and the path of the field at fault.
    // Request ids, one log line per request, and the figures /metrics shows sit
    // outermost, so they see the status the client was given.
    app.requestMetrics = RequestMetrics(database: configuration.database, eventLoops: app.eventLoopGroup)
    // What the busiest pages read, kept under the change stamps of M0036 (see StampedCache).
    app.stampedCache = StampedCache()
    app.routes.defaultMaxBodySize = ByteCount(value: FormLimits.textFormBytes)
    app.middleware = Middlewares()
    app.middleware.use(RequestIDMiddleware())
    app.middleware.use(RequestMetricsMiddleware())
    app.middleware.use(APIErrorMiddleware())

    // Health checks for load balancers and metrics for Prometheus: open to anyone
    // (metrics can ask for a token), outside the API and the pages.
    // Every route comes from the route table (Routing/), declared with what it touches.
    let service = DeclaredRoutes(app.grouped(AccessMiddleware()), surface: .service)
    try service.register(HealthController())
    try service.register(MetricsController())

    // Every API request is identified (a bearer token, or the public), then checked
    // against what its route declared, before its route runs; text the databases cannot
    // store alike is refused before any route decodes it; one resource's answers carry
    // its ETag, and a write with a stale If-Match is refused (412).
    app.resourceLocks = FIFOLocks()
    let api = app.grouped(BearerIdentificationMiddleware(), AccessMiddleware(), StorableTextMiddleware(), ConditionalRequestMiddleware())
    try DeclaredRoutes(api, surface: .api).register(APIRoutes(evidenceLimit: configuration.evidenceLimit))
    // Server-rendered pages, outside /api/v1: identified by the session cookie, checked
    // the same way, and every form post checked for its CSRF token.
    let pages = app.grouped(SessionIdentificationMiddleware(), AccessMiddleware(), CSRFMiddleware(), StorableTextMiddleware())
    try DeclaredRoutes(pages, surface: .pages).register(PageRoutes(evidenceLimit: configuration.evidenceLimit))
}
