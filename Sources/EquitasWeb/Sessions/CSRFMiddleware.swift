import Vapor

/// Every form that changes something carries the session's CSRF token in a hidden
/// `csrf_token` field; a post without it, or with another, is refused before the route
/// runs. Together with SameSite cookies this stops another site from acting for a
/// signed-in person.
struct CSRFMiddleware: Middleware {
    static let field = "csrf_token"
    /// Set on a route that collects a larger body than the default (an upload form).
    static let bodyLimitKey = RouteBody.limitKey

    // A plain (future) middleware, so that a read passes without a task of its own; a
    // post starts one to gather its body (see `RequestIDMiddleware`).
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // Routes open to everyone that take posts (only signing in) guard themselves,
        // since there is no session yet to hold a token.
        guard request.method != .GET, request.method != .HEAD, request.route?.protectedResource != .everyone else {
            return next.respond(to: request)
        }
        // An upload form reads its own streamed body and checks the token there, once the
        // body has ended (`DeclaredRoutes.upload`): reading it here could answer mid-body.
        if request.route?.userInfo[RouteBody.readsOwnBodyKey] != nil { return next.respond(to: request) }
        return request.eventLoop.makeFutureWithTask {
            // A large form may still be arriving in pieces, and the token can only be read
            // from the whole body: gather it first, within the route's own limit.
            try await request.collectBodyWithinRouteLimit()
            try Self.verify(request, sent: try? request.content.get(String.self, at: Self.field))
            return try await next.respond(to: request).get()
        }
    }

    /// Refuses a post whose token is not the signed-in session's.
    static func verify(_ request: Request, sent: String?) throws {
        guard let session = request.signedInSession, let sent, same(sent, session.csrfToken) else { throw FormExpired() }
    }

    /// Compared in constant time, so the token cannot be learnt a character at a time.
    static func same(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count, !x.isEmpty else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// A form post without the right CSRF token: most often a page left open past its
/// session, so the message says what to do.
struct FormExpired: Error, Sendable {
    static let message = "This form has expired or did not come from Equitas. Go back, reload the page and try again."
}
