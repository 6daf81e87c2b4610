import Testing
import Vapor

@testable import EquitasWeb

@Suite("The session cookie read by hand")
struct SessionCookieTests {
    @Test("reads the session's value as Vapor's cookie parser does, among other cookies, spaces and quotes")
    func sameAsVapor() {
        let headers = [
            "equitas_session=abc-DEF_123", "theme=dark; equitas_session=abc", "equitas_session=abc; theme=dark",
            "a=1;equitas_session=xyz;b=2", "  equitas_session=spaced  ", "equitas_session=\"quoted\"", "equitas_session=",
            "theme=dark", "xequitas_session=not-ours; equitas_session_old=nor-this", "equitas_sign_in=guard; equitas_session=s",
        ]
        for header in headers {
            let fields = HTTPHeaders([("Cookie", header)])
            let vapor = fields.cookie?[SessionCookie.session]?.string
            let ours = SessionCookie.sessionSecret(fields).map(String.init)
            #expect(ours == vapor || (ours == "" && vapor == nil), "\(header)")
        }
        #expect(SessionCookie.sessionSecret(HTTPHeaders()) == nil)
        #expect(SessionCookie.sessionSecret(HTTPHeaders([("Cookie", "theme=dark; equitas_session=s")])) == "s")
    }
}
