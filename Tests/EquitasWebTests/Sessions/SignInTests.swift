import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import EquitasWeb

@Suite("Signing in and out")
struct SignInTests {
    static let email = "jo.officer@council.gov.uk"
    static let password = "correct horse battery"

    static func account(_ app: Application) async throws -> Identified<Account> {
        try await AccountStore(db: app.db).create(
            Account(email: email, name: "Jo Officer", role: .reviewManager),
            passwordHash: try app.equitas.passwordHasher.hash(password, email: email))
    }

    /// The form's guard value and its cookie, as a browser would have them after GET /sign-in.
    static func form(_ app: Application) async throws -> (guardValue: String, cookie: String) {
        let page = try await PageBrowser(app: app).get("/sign-in")
        #expect(page.status == .ok)
        try PageCheck.structure(page.text)
        let cookie = try #require(page.headers.setCookie?[SessionCookie.signInGuard])
        #expect(cookie.isHTTPOnly && cookie.sameSite == .strict)
        #expect(page.text.contains(#"value="\#(cookie.string)""#))
        return (cookie.string, "\(SessionCookie.signInGuard)=\(cookie.string)")
    }

    static func signIn(_ app: Application, email: String = email, password: String = password, next: String = "") async throws -> APIClient.Reply {
        let (guardValue, cookie) = try await form(app)
        var browser = PageBrowser(app: app)
        browser.cookie = cookie
        return try await browser.post("/sign-in", form: [("csrf_token", guardValue), ("email", email), ("password", password), ("next", next)], csrf: false)
    }

    @Test("the right password starts a session in an HttpOnly, SameSite cookie and goes where it was asked, on this site only")
    func success() async throws {
        try await withTestApp { app in
            let account = try await Self.account(app)
            let reply = try await Self.signIn(app, email: " JO.Officer@Council.gov.uk ", next: "/challenges")
            #expect(reply.status == .seeOther)
            #expect(reply.headers.first(name: .location) == "/challenges")
            let cookie = try #require(reply.headers.setCookie?[SessionCookie.session])
            #expect(cookie.isHTTPOnly && cookie.sameSite == .lax && !cookie.isSecure)
            #expect(try await SessionStore(db: app.db).count(accountId: account.id) == 1)
            // The cookie now identifies the person on pages.
            var browser = PageBrowser(app: app)
            browser.cookie = "\(SessionCookie.session)=\(cookie.string)"
            let home = try await browser.get("/published")
            #expect(home.text.contains("Signed in as"))
            #expect(home.text.contains("Jo Officer"))
            #expect(home.headers.first(name: .cacheControl) == "no-store")

            for hostile in ["https://evil.example", "//evil.example", "/\\evil.example"] {
                let elsewhere = try await Self.signIn(app, next: hostile)
                #expect(elsewhere.headers.first(name: .location) == "/dashboard", "\(hostile)")
            }
        }
    }

    @Test("a wrong password and an unknown email get the same answer, and nothing starts")
    func failure() async throws {
        try await withTestApp { app in
            let account = try await Self.account(app)
            let wrong = try await Self.signIn(app, password: "not the password at all")
            let unknown = try await Self.signIn(app, email: "nobody@council.gov.uk")
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.text.contains("Enter a correct email address and password"))
            #expect(unknown.text.contains("Enter a correct email address and password"))
            #expect(wrong.headers.setCookie?[SessionCookie.session] == nil)
            #expect(try await SessionStore(db: app.db).count(accountId: account.id) == 0)
            let root = try PageCheck.structure(wrong.text)
            #expect(root.all("title").first?.allText.hasPrefix("Error: ") == true)
        }
    }

    @Test("a post without the form's guard value is refused: another site cannot sign someone in")
    func guarded() async throws {
        try await withTestApp { app in
            _ = try await Self.account(app)
            let reply = try await PageBrowser(app: app).post(
                "/sign-in", form: [("csrf_token", "made-up"), ("email", Self.email), ("password", Self.password)], csrf: false)
            #expect(reply.status == .forbidden)
            #expect(reply.headers.setCookie?[SessionCookie.session] == nil)
        }
    }

    @Test("after five failures for an email, even the right password waits, and says for how long")
    func throttled() async throws {
        try await withTestApp { app in
            _ = try await Self.account(app)
            for _ in 0..<SignInThrottle.perEmail {
                #expect(try await Self.signIn(app, password: "wrong password number").status == .unauthorized)
            }
            let blocked = try await Self.signIn(app)
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.text.contains("Too many failed attempts"))
            #expect(blocked.text.contains("15 minutes"))
            // Fifteen minutes on, it is allowed again.
            let later = Date().addingTimeInterval(SignInThrottle.window + 1)
            #expect(try await SignInThrottle(db: app.db).blockedUntil(email: Self.email, address: "127.0.0.1", now: later) == nil)
        }
    }

    @Test("signing out ends the session on the server, so the old cookie is worthless; it needs the CSRF token")
    func signOut() async throws {
        try await withTestApp { app in
            let browser = try await PageBrowser.signedIn(app, as: .councillor, organisationId: try await APIClient(app: app).organisation("Ours"))
            #expect(try await browser.post("/sign-out", form: [], csrf: false).status == .forbidden)
            #expect(try await SessionStore(db: app.db).count(accountId: browser.account!.id) == 1)
            let out = try await browser.post("/sign-out", form: [])
            #expect(out.status == .seeOther)
            #expect(try await SessionStore(db: app.db).count(accountId: browser.account!.id) == 0)
            let after = try await browser.get("/published")
            #expect(after.text.contains("Sign in"))
            #expect(!after.text.contains("Signed in as"))
        }
    }

    @Test("a session ends after two hours idle or twelve in all, and when the account is disabled")
    func expiry() async throws {
        try await withTestApp { app in
            let account = try await Self.account(app)
            let store = SessionStore(db: app.db)
            let start = Date()
            let (secret, _) = try await store.start(accountId: account.id, now: start)
            #expect(try await store.session(forSecret: secret, now: start.addingTimeInterval(SessionStore.idleLimit - 60)) != nil)
            // Used just now, so not idle; but past the absolute limit.
            #expect(try await store.session(forSecret: secret, now: start.addingTimeInterval(SessionStore.absoluteLimit + 1)) == nil)
            let second = try await store.start(accountId: account.id, now: start).secret
            #expect(try await store.session(forSecret: second, now: start.addingTimeInterval(SessionStore.idleLimit + 1)) == nil)
            let third = try await store.start(accountId: account.id).secret
            try await AccountStore(db: app.db).setDisabled(account.id, true)
            #expect(try await store.session(forSecret: third) == nil)
            #expect(try await store.session(forSecret: "not-a-secret") == nil)
        }
    }

    @Test("use is noted at most once a minute, and fifty requests arriving together at the minute all find their session")
    func lastSeen() async throws {
        try await withTestApp { app in
            let account = try await Self.account(app)
            let store = SessionStore(db: app.db)
            let start = Date()
            let (secret, _) = try await store.start(accountId: account.id, now: start)
            let later = start.addingTimeInterval(SessionStore.idleLimit - 60)
            // Under load, every open page of the session reaches the minute together, on
            // every event loop's own connection (`app.db` takes the next loop each time).
            let found = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<50 {
                    let db = app.db
                    group.addTask { try await SessionStore(db: db).session(forSecret: secret, now: later) != nil }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(found == 50)
            // Noted: the session is alive an almost full idle period after that use.
            #expect(try await store.session(forSecret: secret, now: later.addingTimeInterval(SessionStore.idleLimit - 60)) != nil)
        }
    }

    @Test("a page that needs an account sends a visitor to sign in and back; a form post gets 401")
    func redirects() async throws {
        try await withTestApp { app in
            let anyone = PageBrowser(app: app)
            let reply = try await anyone.get("/sign-out")
            // GET of a POST-only address: nothing matched, so the plain 404 page.
            #expect(reply.status == .notFound)
            let post = try await anyone.post("/sign-out", form: [])
            #expect(post.status == .unauthorized)
            #expect(post.headers.contentType?.serialize() == "text/html; charset=utf-8")
        }
    }
}
