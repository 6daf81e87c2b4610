import Vapor

/// The cookies pages use. The session cookie carries only a random secret: HttpOnly so
/// scripts never read it, SameSite=Lax so another site's form cannot post with it, and
/// Secure whenever Equitas is behind TLS. No expiry: it goes when the browser closes,
/// and the session ends on the server after two hours idle or twelve in all.
enum SessionCookie {
    static let session = "equitas_session"
    /// Before sign-in there is no session to hold a CSRF token, so the sign-in form
    /// carries a random value that must match this cookie (the double-submit pattern).
    static let signInGuard = "equitas_sign_in"

    static func value(_ secret: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: secret, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    static func expired(secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    /// The session cookie's value, read straight from the `Cookie` header: Vapor's
    /// `request.cookies` parses every cookie into values with attributes, which was 2.5%
    /// of a kept page's CPU (issue 21). A value in double quotes (RFC 6265's
    /// quoted form) is read without them, as Vapor reads it; of two cookies of this
    /// name the first is taken. Anything else in the value is left for the session
    /// check to refuse.
    static func sessionSecret(_ headers: HTTPHeaders) -> Substring? {
        let prefix = session + "="
        for header in headers[.cookie] {
            for pair in header.split(separator: ";") {
                let trimmed = pair.drop { $0 == " " || $0 == "\t" }
                guard trimmed.hasPrefix(prefix) else { continue }
                var value = trimmed.dropFirst(prefix.count)
                while let last = value.last, last == " " || last == "\t" { value = value.dropLast() }
                if value.count >= 2, value.first == "\"", value.last == "\"" { value = value.dropFirst().dropLast() }
                return value
            }
        }
        return nil
    }

    /// Secure when configured so, or when the request reached a TLS proxy first.
    static func secure(_ request: Request) -> Bool {
        request.application.equitas.secureCookies || request.headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}
