import EquitasPersistence
import Fluent
import Vapor

/// Builds the application from its configuration: database, migrations, middleware, routes.
public func configure(_ app: Application, _ configuration: AppConfiguration) async throws {
    app.equitas = configuration
    try FileManager.default.createDirectory(at: configuration.evidenceDirectory, withIntermediateDirectories: true)

    try EquitasDatabase.register(configuration.database, in: app.databases)
    EquitasDatabase.addMigrations(to: app.migrations)
    if configuration.migrateOnStart {
        try await app.autoMigrate()
    }

    // Our error middleware replaces Vapor's default so that every failure is JSON
    // with a message and the path of the field at fault.
    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(APIErrorMiddleware())

    // Health checks for load balancers: open to anyone, outside the API and the pages.
    try app.grouped(AccessMiddleware()).protected(.everyone).register(collection: HealthController())

    // Every API request is identified (a bearer token, or the public), then checked
    // against what its route declared, before its route runs.
    try app.grouped(BearerIdentificationMiddleware(), AccessMiddleware())
        .register(collection: APIRoutes(evidenceLimit: configuration.evidenceLimit))
    // Server-rendered pages, outside /api/v1: identified by the session cookie, checked
    // the same way, and every form post checked for its CSRF token.
    try app.grouped(SessionIdentificationMiddleware(), AccessMiddleware(), CSRFMiddleware())
        .register(collection: PageRoutes(evidenceLimit: configuration.evidenceLimit))
}
