import Vapor

/// `GET /metrics` in the Prometheus text format. The access rules let anyone reach it
/// (like `/healthz`, a scraper has no account); set `EQUITAS_METRICS_TOKEN` and it
/// answers only to `Authorization: Bearer <token>`. The figures name routes and counts,
/// never people or records, but a public service need not show its traffic to all.
struct MetricsController: DeclaredRouteCollection {
    static let contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.metrics, use: metrics)
    }

    func metrics(req: Request) async throws -> Response {
        if let token = req.equitas.metricsToken {
            guard let given = req.headers.bearerAuthorization?.token, Self.same(given, token) else {
                // Plain text rather than the error page: the caller is a scraper, not a person.
                return Response(
                    status: .unauthorized, headers: ["WWW-Authenticate": "Bearer", "Content-Type": "text/plain; charset=utf-8"],
                    body: .init(string: "/metrics needs the metrics token: Authorization: Bearer <EQUITAS_METRICS_TOKEN>\n"))
            }
        }
        req.application.requestMetrics.observe(req.application.stampedCache)
        let response = Response(status: .ok, body: .init(string: req.application.requestMetrics.registry.emitToString()))
        response.headers.contentType = Self.contentType
        return response
    }

    /// Compares digests, so the time taken says nothing about how much of a guess was right.
    static func same(_ given: String, _ expected: String) -> Bool {
        SHA256.hash(data: Data(given.utf8)) == SHA256.hash(data: Data(expected.utf8))
    }
}
