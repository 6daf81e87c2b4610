/// Someone not signed in asked for something only some accounts may see. The API says
/// 401 and how to authenticate; a page sends the browser to sign in and come back.
struct SignInNeeded: Error, Sendable {
    static let message = "sign in to see this: send an API token as \"Authorization: Bearer eqt_…\""
    static let challenge = #"Bearer realm="equitas""#
}
