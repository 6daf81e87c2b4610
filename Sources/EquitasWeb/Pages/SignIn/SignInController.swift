import EquitasCore
import EquitasPersistence
import NIOConcurrencyHelpers
import Vapor

/// Signing in and out. Wrong details get one message whichever was wrong, so the form
/// never tells a stranger which emails have accounts; repeated failures are slowed by
/// `SignInThrottle`; the password check runs off the event loop.
struct SignInController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.signIn, use: form)
        try routes.on(Site.signInPost, use: signIn)
        try routes.on(Site.signOutPost, use: signOut)
    }

    struct SignInForm: Content {
        var email: String?
        var password: String?
        var csrf_token: String?
        var next: String?
    }

    func form(req: Request) async throws -> Response {
        if req.signedInSession != nil { return PageResponse.redirect(to: SignInNext.safe(req.query["next"])) }
        return page(req, next: req.query["next"], status: .ok)
    }

    func signIn(req: Request) async throws -> Response {
        let form = (try? req.content.decode(SignInForm.self)) ?? SignInForm()
        let email = (form.email ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let sent = form.csrf_token, let expected = req.cookies[SessionCookie.signInGuard]?.string,
            CSRFMiddleware.same(sent, expected)
        else {
            return page(req, email: email, next: form.next, errors: FormErrors("email", FormExpired.message), status: .forbidden)
        }
        var errors = FormErrors()
        if email.isEmpty { errors.add("email", "Enter your email address") }
        if (form.password ?? "").isEmpty { errors.add("password", "Enter your password") }
        guard errors.isEmpty else { return page(req, email: email, next: form.next, errors: errors, status: .unprocessableEntity) }

        let address = req.clientAddress
        let throttle = SignInThrottle(db: req.db)
        if let until = try await throttle.blockedUntil(email: email, address: address) {
            let minutes = max(1, Int((until.timeIntervalSinceNow / 60).rounded(.up)))
            let message = "Too many failed attempts to sign in. Wait \(minutes) minute\(minutes == 1 ? "" : "s"), then try again"
            return page(req, email: email, next: form.next, errors: FormErrors("email", message), status: .tooManyRequests)
        }
        let found = try await AccountStore(db: req.db).find(email: email)
        let hasher = req.application.equitas.passwordHasher
        let password = form.password ?? ""
        // An unknown email still costs one bcrypt check, so timing tells nothing either.
        let hash = found?.passwordHash ?? Self.decoyHash(hasher)
        let matches = try await req.application.threadPool.runIfActive { hasher.verify(password, against: hash) }
        guard let found, matches else {
            try await throttle.recordFailure(email: email, address: address)
            let message = "Enter a correct email address and password"
            return page(req, email: email, next: form.next, errors: FormErrors("email", message), status: .unauthorized)
        }
        try await throttle.recordSuccess(email: email)
        let started = try await SessionStore(db: req.db).start(accountId: found.account.id)
        req.logger.info("signed in", metadata: ["account": .string(found.account.id.uuidString.lowercased())])
        let response = PageResponse.redirect(to: SignInNext.safe(form.next))
        response.cookies[SessionCookie.session] = SessionCookie.value(started.secret, secure: SessionCookie.secure(req))
        response.cookies[SessionCookie.signInGuard] = SessionCookie.expired(secure: SessionCookie.secure(req))
        return response
    }

    func signOut(req: Request) async throws -> Response {
        if let session = req.signedInSession { try await SessionStore(db: req.db).end(session.id) }
        let response = PageResponse.redirect(to: Site.home.path)
        response.cookies[SessionCookie.session] = SessionCookie.expired(secure: SessionCookie.secure(req))
        return response
    }

    /// The form, with a fresh guard value in both the page and its cookie.
    private func page(
        _ req: Request, email: String = "", next: String?, errors: FormErrors = FormErrors(), status: HTTPResponseStatus
    ) -> Response {
        let existing = req.cookies[SessionCookie.signInGuard]?.string ?? ""
        let guardValue = existing.isEmpty ? UUID().uuidString + UUID().uuidString : existing
        let response = PageResponse.make(SignInPage.layout(email: email, next: next, guardValue: guardValue, errors: errors), for: req, status: status)
        response.cookies[SessionCookie.signInGuard] = HTTPCookies.Value(
            string: guardValue, path: Site.signIn.path, isSecure: SessionCookie.secure(req), isHTTPOnly: true, sameSite: .strict)
        return response
    }

    /// A real bcrypt hash of nothing anyone knows, made once per cost.
    private static func decoyHash(_ hasher: PasswordHasher) -> String {
        decoys.withLockedValue { cache in
            if let hash = cache[hasher.cost] { return hash }
            let hash = (try? Bcrypt.hash(UUID().uuidString, cost: hasher.cost)) ?? ""
            cache[hasher.cost] = hash
            return hash
        }
    }
    private static let decoys = NIOLockedValueBox<[Int: String]>([:])
}
