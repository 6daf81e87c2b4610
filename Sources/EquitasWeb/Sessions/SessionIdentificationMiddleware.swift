import EquitasCore
import EquitasPersistence
import Vapor

/// Works out who a page request is from its session cookie and puts the answer on
/// `req.actor`. A cookie that names no live session (expired, signed out, disabled
/// account) is cleared, and the request goes on as the public.
struct SessionIdentificationMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let secret = SessionCookie.sessionSecret(request.headers).map(String.init), !secret.isEmpty else {
            return try await next.respond(to: request)
        }
        let kept = request.application.keptReads.map { KeptReads.Place($0, on: request.eventLoop) }
        let found = try await SessionStore(db: { request.db }, kept: kept).session(forSecret: secret, with: request.routeStampAsked)
        request.stampRead = found.stamp
        guard let session = found.session else {
            let response = try await next.respond(to: request)
            response.cookies[SessionCookie.session] = SessionCookie.expired(secure: SessionCookie.secure(request))
            return response
        }
        request.signedInSession = session
        request.actor = Actor(account: session.account)
        // Whatever this request changes is recorded in the audit trail as this account's.
        let response = try await AuditContext.$author.withValue(.account(session.account)) {
            try await next.respond(to: request)
        }
        // Pages for a signed-in person are theirs alone: no shared cache may keep them.
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
