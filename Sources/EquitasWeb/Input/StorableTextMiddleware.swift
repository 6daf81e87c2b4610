import EquitasCore
import Vapor

/// Refuses, before any route decodes it, text that cannot be stored the same way on both
/// databases (see `StorableText`): in the query string, in a JSON body, in a form post
/// (URL-encoded or multipart, files aside). The answer is 422 naming the field — JSON
/// under /api/, the error page elsewhere — so that PostgreSQL never answers 500 where
/// SQLite would have stored the text, and no handler needs its own check.
struct StorableTextMiddleware: Middleware {
    // A plain (future) middleware, so that a read passes without a task of its own; a
    // body to check starts one to gather it (see `RequestIDMiddleware`).
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if let query = request.url.query {
            do { try FormFields.check(urlEncoded: query) } catch { return request.eventLoop.makeFailedFuture(error) }
        }
        // An upload form checks its own fields once its streamed body has ended (`DeclaredRoutes.upload`).
        guard request.method != .GET, request.method != .HEAD, request.route?.userInfo[RouteBody.fileKey] == nil,
            request.route?.userInfo[RouteBody.readsOwnBodyKey] == nil,
            let type = request.headers.contentType, let kind = BodyKind(type)
        else { return next.respond(to: request) }
        return request.eventLoop.makeFutureWithTask {
            try await request.collectBodyWithinRouteLimit()
            if let body = request.body.data { try kind.check(body) }
            return try await next.respond(to: request).get()
        }
    }

    enum BodyKind {
        case json, urlEncoded, multipart(boundary: String)

        init?(_ type: HTTPMediaType) {
            switch (type.type.lowercased(), type.subType.lowercased()) {
            case ("application", "json"): self = .json
            case ("application", "x-www-form-urlencoded"): self = .urlEncoded
            case ("multipart", "form-data"):
                guard let boundary = type.parameters["boundary"], !boundary.isEmpty else { return nil }
                self = .multipart(boundary: boundary)
            default: return nil
            }
        }

        func check(_ body: ByteBuffer) throws {
            switch self {
            case .json: try JSONFields.check(Array(body.readableBytesView))
            case .urlEncoded: try FormFields.check(urlEncoded: String(buffer: body))
            case .multipart(let boundary): try MultipartFields.check(body, boundary: boundary)
            }
        }
    }
}
