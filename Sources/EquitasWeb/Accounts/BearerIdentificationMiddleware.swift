import EquitasCore
import EquitasPersistence
import Vapor

/// Works out who an API request is from its `Authorization: Bearer eqt_…` header and
/// puts the answer on `req.actor`. It identifies only: a request without the header
/// goes on as the public, and what each actor may do is decided by the routes. A
/// header that is there but does not name a live token is refused outright, so that a
/// client with a broken or revoked token learns so at once instead of silently
/// seeing only public data.
struct BearerIdentificationMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let header = request.headers.first(name: .authorization) else {
            return try await next.respond(to: request)
        }
        guard let token = Self.bearerToken(header) else {
            throw Unauthenticated(message: "the Authorization header must be \"Bearer\" followed by an Equitas API token (eqt_…)")
        }
        guard let account = try await AccountStore(db: request.db).account(forToken: token) else {
            throw Unauthenticated(message: "this API token is not valid: it is unknown, revoked, or its account is disabled")
        }
        request.actor = Actor(account: account)
        // Whatever this request changes is recorded in the audit trail as this account's.
        return try await AuditContext.$author.withValue(.account(account)) {
            try await next.respond(to: request)
        }
    }

    /// The token of a well-formed `Bearer <token>` header (the scheme in any case, as
    /// HTTP allows); nil for anything else.
    static func bearerToken(_ header: String) -> String? {
        let parts = header.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = String(parts[1])
        return APITokenSecret.isWellFormed(token) ? token : nil
    }
}
