import Vapor

/// Gives every request an id: the caller's `X-Request-Id` when it is a sane one (a
/// proxy's, so one id follows a request through both logs), otherwise a new UUID.
/// Every log line the request writes carries it as `request_id`, the response
/// returns it, and one line per request records method, route, status and time.
/// Replaces Vapor's RouteLoggingMiddleware, which logs before the status is known.
struct RequestIDMiddleware: Middleware {
    static let header = "X-Request-Id"
    var logLevel: Logger.Level = .info

    // A plain (future) middleware, not an `AsyncMiddleware`: each of those starts a task
    // of its own on every request, and this one has nothing to wait for but the rest.
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let id = Self.acceptable(request.headers.first(name: Self.header)) ?? UUID().uuidString.lowercased()
        // Vapor tags the logger with its own `request-id`; one id per line is enough.
        request.logger[metadataKey: "request-id"] = nil
        request.logger[metadataKey: "request_id"] = .string(id)
        let started = ContinuousClock.now
        return next.respond(to: request).always { result in
            switch result {
            case .success(let response):
                response.headers.replaceOrAdd(name: Self.header, value: id)
                log(request, response.status, started)
            case .failure(let error):
                log(request, (error as? any AbortError)?.status ?? .internalServerError, started)
            }
        }
    }

    /// At most 128 of `A-Z a-z 0-9 . _ -`: anything else (a newline that would forge a
    /// log line, a megabyte of text) is replaced, not trusted.
    static func acceptable(_ value: String?) -> String? {
        guard let value, !value.isEmpty, value.utf8.count <= 128 else { return nil }
        let sane = value.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                true
            default: false
            }
        }
        return sane ? value : nil
    }

    private func log(_ request: Request, _ status: HTTPResponseStatus, _ started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let rounded = (milliseconds * 10).rounded() / 10
        // The path, not the query string: queries can carry search terms about people.
        request.logger.log(
            level: logLevel, "\(request.method) \(request.url.path) \(status.code) \(rounded) ms",
            metadata: [
                "method": .string(request.method.rawValue), "route": .string(request.routeLabel),
                "status": .stringConvertible(status.code), "duration_ms": .stringConvertible(rounded),
            ])
    }
}
