import EquitasCore
import Foundation
import Vapor

/// What a kept page depends on: the stamps of what it shows, and everything of the
/// request that the page puts into it — who is looking (their navigation, their name,
/// their CSRF token in every form), the path and the query (`?done=` confirmations).
struct KeptPageStamp<Stamp: Hashable & Sendable>: Hashable, Sendable {
    var data: Stamp
    var actor: Actor
    var accountName: String?
    var csrfToken: String?
    var path: String
    var query: String?
}

extension Request {
    /// The page as the bytes sent, rendered once per change of `stamp` for each session
    /// (ADR 0004): a page read again and again, unchanged, costs the stamp's query and a
    /// copy-free send, not a node tree and its rendering. `make` must build the page
    /// from what `stamp` covers and the person looking alone; a page that reads
    /// anything else does not belong here.
    func keptPage<Stamp: Hashable & Sendable>(
        _ kind: String, _ id: UUID, stamp: Stamp, make: () async throws -> PageLayout
    ) async throws -> Response {
        let context = pageContext
        let viewer = signedInSession.map { $0.id.uuidString } ?? "public"
        let page = KeptPageStamp(
            data: stamp, actor: context.actor, accountName: context.accountName, csrfToken: context.csrfToken, path: context.currentPath,
            query: url.query)
        let body = try await cached("page-" + kind + "-" + viewer, id, stamp: page, cost: { (bytes: ByteBuffer) in bytes.readableBytes }) {
            var layout = try await make()
            if layout.context == nil { layout.context = context }
            return ByteBuffer(string: layout.render())
        }
        return PageResponse.make(body)
    }
}
