import Vapor

extension Request {
    /// Who sent the request, for counting sign-in failures per address: the socket's
    /// peer, or what a trusted proxy says in `X-Forwarded-For` (see `TrustedProxies`).
    var clientAddress: String {
        application.equitas.trustedProxies.client(
            peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor]) ?? "unknown"
    }
}
