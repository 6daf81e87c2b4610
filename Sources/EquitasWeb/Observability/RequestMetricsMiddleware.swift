import Fluent
import Vapor

/// Counts and times every request by route pattern and status. It sits outside the
/// error middleware, so it sees the status the client got; an error that still escapes
/// is counted with the status Vapor will give it.
struct RequestMetricsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let metrics = request.application.requestMetrics
        let started = ContinuousClock.now
        // Fluent keeps each query-builder query made through this request's `req.db`;
        // their number is all we read, and the list goes with the request.
        request.fluent.history.start()
        metrics.requestStarted()
        do {
            let response = try await next.respond(to: request)
            finish(request, metrics, response.status, started)
            return response
        } catch {
            finish(request, metrics, (error as? any AbortError)?.status ?? .internalServerError, started)
            throw error
        }
    }

    private func finish(_ request: Request, _ metrics: RequestMetrics, _ status: HTTPResponseStatus, _ started: ContinuousClock.Instant) {
        metrics.requestFinished(
            method: request.methodLabel, route: request.routeLabel, status: status,
            duration: ContinuousClock.now - started, queries: request.fluent.history.queries.count)
    }
}
