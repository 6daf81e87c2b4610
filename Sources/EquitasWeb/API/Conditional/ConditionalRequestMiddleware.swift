import EquitasPersistence
import Vapor

/// Optimistic concurrency for the API's single resources (a route whose path ends in an
/// id): every JSON answer to a GET or a write carries a strong `ETag` (`EntityTag`); a
/// PUT, PATCH or DELETE with an `If-Match` that is not the resource's current tag is
/// refused with 412 and the current representation, so a client that read an old
/// version re-reads and merges instead of overwriting someone else's words.
///
/// Tags are always of what a GET answers — read through the same GET a client would
/// send, with the same access checks — so the tag a write or a create answers with is
/// the one to send back next. Writes to one resource pass the check one at a time in
/// this instance (`FIFOLocks`), so the tag checked is the tag written over.
struct ConditionalRequestMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let single = Self.isSingleResource(request)
        switch request.method {
        case .GET where single:
            let response = try await next.respond(to: request)
            if let tag = Self.tag(of: response) { response.headers.replaceOrAdd(name: .eTag, value: tag) }
            return response
        case .PUT where single, .PATCH where single, .DELETE where single:
            return try await request.application.resourceLocks.holding(request.url.path) {
                if let ifMatch = request.headers.first(name: .ifMatch), let current = try await Self.read(request, request.url),
                    !EntityTag.matches(ifMatch: ifMatch, current: current.tag) {
                    return Self.preconditionFailed(current.response, tag: current.tag)
                }
                let response = try await next.respond(to: request)
                // The tag of what a GET now answers, which may show more than the write's
                // own answer (an action read with its updates): the tag to send back next.
                if response.status == .ok, let now = try await Self.read(request, request.url) {
                    response.headers.replaceOrAdd(name: .eTag, value: now.tag)
                }
                return response
            }
        case .POST:
            let response = try await next.respond(to: request)
            if response.status == .created, let location = response.headers.first(name: .location),
                let created = try await Self.read(request, URI(path: location)) {
                response.headers.replaceOrAdd(name: .eTag, value: created.tag)
            }
            return response
        default:
            return try await next.respond(to: request)
        }
    }

    /// A route ending in a parameter (`…/findings/:partID`) addresses one resource.
    static func isSingleResource(_ request: Request) -> Bool {
        guard let last = request.route?.path.last else { return false }
        if case .parameter = last { return true }
        return false
    }

    /// The tag of a successful JSON answer held in memory.
    static func tag(of response: Response) -> String? {
        guard response.status == .ok, response.headers.contentType == .json, let body = response.body.buffer else { return nil }
        return EntityTag.of(body)
    }

    /// The resource at `url` as a GET from the same caller would answer now, with its
    /// tag; nil when it cannot be read (missing, or not JSON), when the write itself will
    /// say why.
    static func read(_ request: Request, _ url: URI) async throws -> (response: Response, tag: String)? {
        var headers = request.headers
        for name in [HTTPHeaders.Name.contentType, .contentLength, .ifMatch, .transferEncoding] { headers.remove(name: name) }
        let read = Request(
            application: request.application, method: .GET, url: url, headers: headers,
            remoteAddress: request.remoteAddress, logger: request.logger, on: request.eventLoop)
        let response = try await request.application.responder.respond(to: read).get()
        guard let tag = tag(of: response) else { return nil }
        return (response, tag)
    }

    static func preconditionFailed(_ current: Response, tag: String) -> Response {
        var headers = current.headers
        headers.replaceOrAdd(name: .eTag, value: tag)
        return Response(status: .preconditionFailed, headers: headers, body: current.body)
    }
}
