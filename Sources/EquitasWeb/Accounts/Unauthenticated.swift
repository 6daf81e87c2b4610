/// A request that tried to say who it is and failed: a malformed, unknown or revoked
/// token, or one whose account is disabled. 401 with `WWW-Authenticate: Bearer`.
/// (A request that says nothing is simply anonymous.)
struct Unauthenticated: Error, Sendable, CustomStringConvertible {
    var message: String

    /// RFC 6750's challenge; `invalid_token` tells a client to get a new token rather
    /// than retry.
    static let challenge = #"Bearer realm="equitas", error="invalid_token""#

    var description: String { message }
}
