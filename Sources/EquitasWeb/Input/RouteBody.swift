import Vapor

/// What a route says about the body it takes, for the middleware that read a body before
/// the route does (the CSRF check, the storable-text check).
enum RouteBody {
    /// The largest body the route collects, when larger than the default
    /// (`FormLimits.textFormBytes`): uploads set it.
    static let limitKey: AnySendableHashable = "equitas.body-limit"
    /// Set on a route whose whole body is a file (an evidence upload): its bytes are not
    /// text fields, and are not checked as such.
    static let fileKey: AnySendableHashable = "equitas.body-is-file"
    /// Set on an upload form (`DeclaredRoutes.upload`): its body streams in and the route
    /// reads it, and checks its token and fields, itself; the middleware leave it alone.
    static let readsOwnBodyKey: AnySendableHashable = "equitas.body-read-by-route"

    /// What to give Vapor's collect for a limit of `bytes`, that many included: it
    /// refuses a body streaming in once what it holds reaches the number it is given
    /// (`>=`), so over a real connection a file of exactly the limit was refused, while
    /// in memory, where a body arrives whole and unchecked, it was accepted.
    static func collectMaximum(atMost bytes: Int) -> Int { bytes + 1 }
}

extension Route {
    /// Declares the body limit and, for a file, that the body is not text fields.
    @discardableResult
    func body(limit: Int, isFile: Bool = false) -> Route {
        userInfo[RouteBody.limitKey] = limit
        if isFile { userInfo[RouteBody.fileKey] = true }
        return self
    }
}

extension HTTPBodyStreamStrategy {
    /// Collects a body of at most `bytes` bytes, that many included (`RouteBody.collectMaximum`).
    static func collect(atMost bytes: Int) -> HTTPBodyStreamStrategy {
        .collect(maxSize: ByteCount(value: RouteBody.collectMaximum(atMost: bytes)))
    }
}

extension Request {
    /// Gathers a body that may still be arriving in pieces, within the route's own limit
    /// (inclusive, as `collect(atMost:)`).
    func collectBodyWithinRouteLimit() async throws {
        guard body.data == nil else { return }
        let limit = route?.userInfo[RouteBody.limitKey] as? Int ?? application.routes.defaultMaxBodySize.value
        _ = try await body.collect(max: RouteBody.collectMaximum(atMost: limit)).get()
    }
}
