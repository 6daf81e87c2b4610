import EquitasPersistence
import Vapor

/// `/healthz` says the process is up and serving; `/readyz` says it can do its work:
/// the database answers and its schema is this build's. Both are plain JSON for load
/// balancers and orchestrators, open to anyone, and tell nothing about the data.
struct HealthController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.healthz, use: live)
        try routes.on(Site.readyz, use: ready)
    }

    struct Health: Content {
        var status: String
        var reason: String?
        var pendingMigrations: Int?

        enum CodingKeys: String, CodingKey {
            case status, reason
            case pendingMigrations = "pending_migrations"
        }
    }

    func live(req: Request) async throws -> Response {
        try await Health(status: "ok").encodeResponse(status: .ok, for: req)
    }

    func ready(req: Request) async throws -> Response {
        let health: Health
        let status: HTTPResponseStatus
        do {
            let schema = try await SchemaStatus.check(on: req.db)
            if schema.isCurrent {
                (health, status) = (Health(status: "ready", pendingMigrations: 0), .ok)
            } else {
                let reason = "the database schema is behind this build: run `equitas migrate`"
                (health, status) = (Health(status: "not-ready", reason: reason, pendingMigrations: schema.pending.count), .serviceUnavailable)
            }
        } catch {
            // The cause goes to the log, not to whoever asked.
            req.logger.error("readiness check: the database did not answer: \(String(reflecting: error))")
            (health, status) = (Health(status: "not-ready", reason: "the database did not answer"), .serviceUnavailable)
        }
        return try await health.encodeResponse(status: status, for: req)
    }
}
