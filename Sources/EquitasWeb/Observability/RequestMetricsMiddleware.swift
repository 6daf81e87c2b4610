import Fluent
import Vapor

/// Counts and times every request by route pattern and status. It sits outside the
/// error middleware, so it sees the status the client got; an error that still escapes
/// is counted with the status Vapor will give it.
struct RequestMetricsMiddleware: Middleware {
    // A plain (future) middleware: it waits for nothing but the rest of the chain, so it
    // starts no task of its own (see `RequestIDMiddleware`).
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let metrics = request.application.requestMetrics
        let started = ContinuousClock.now
        // Fluent keeps each query-builder query made through this request's `req.db`;
        // their number is all we read, and the list goes with the request.
        request.fluent.history.start()
        metrics.requestStarted()
        return next.respond(to: request).always { result in
            switch result {
            case .success(let response): finish(request, metrics, response.status, started)
            case .failure(let error): finish(request, metrics, (error as? any AbortError)?.status ?? .internalServerError, started)
            }
        }
    }

    private func finish(_ request: Request, _ metrics: RequestMetrics, _ status: HTTPResponseStatus, _ started: ContinuousClock.Instant) {
        metrics.requestFinished(
            method: request.methodLabel, route: request.routeLabel, status: status,
            duration: ContinuousClock.now - started, queries: request.fluent.history.queries.count)
    }
}
