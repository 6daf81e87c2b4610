import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import NIOCore
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Signing in behind a load balancer")
struct ProxiedSignInTests {
    /// A sign-in post as it arrives from `peer`, carrying `X-Forwarded-For` when given.
    static func signIn(_ app: Application, email: String, password: String, peer: String, forwardedFor: String? = nil) async throws -> Response {
        let guardValue = "guard-value-for-the-proxy-test"
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        headers.replaceOrAdd(name: .cookie, value: "\(SessionCookie.signInGuard)=\(guardValue)")
        if let forwardedFor { headers.replaceOrAdd(name: .xForwardedFor, value: forwardedFor) }
        var form = URLComponents()
        form.queryItems = [URLQueryItem(name: "csrf_token", value: guardValue), URLQueryItem(name: "email", value: email), URLQueryItem(name: "password", value: password)]
        let request = Request(
            application: app, method: .POST, url: URI(path: "/sign-in"), headers: headers,
            collectedBody: ByteBuffer(string: form.percentEncodedQuery ?? ""),
            remoteAddress: try SocketAddress(ipAddress: peer, port: 40_000), on: app.eventLoopGroup.any())
        return try await app.responder.respond(to: request).get()
    }

    @Test("with the proxy trusted, twenty bad attempts from one client lock out that client, not everyone behind the proxy")
    func trustedProxy() async throws {
        try await withTestApp { app in
            app.equitas.trustedProxies = try TrustedProxies(parsing: "10.0.0.0/8")
            _ = try await SignInTests.account(app)
            for i in 0..<SignInThrottle.perAddress {
                let reply = try await Self.signIn(app, email: "guess\(i)@example.test", password: "wrong", peer: "10.0.0.2", forwardedFor: "203.0.113.9")
                #expect(reply.status == .unauthorized)
            }
            let guesser = try await Self.signIn(app, email: "guess-more@example.test", password: "wrong", peer: "10.0.0.2", forwardedFor: "203.0.113.9")
            #expect(guesser.status == .tooManyRequests)
            // Another person, through the same load balancer, signs in.
            let person = try await Self.signIn(app, email: SignInTests.email, password: SignInTests.password, peer: "10.0.0.3", forwardedFor: "198.51.100.7")
            #expect(person.status == .seeOther)
        }
    }

    @Test("from anywhere else X-Forwarded-For is ignored: a guesser cannot spread attempts over made-up addresses")
    func untrustedHeader() async throws {
        try await withTestApp { app in
            _ = try await SignInTests.account(app)
            for i in 0..<SignInThrottle.perAddress {
                let reply = try await Self.signIn(app, email: "guess\(i)@example.test", password: "wrong", peer: "192.0.2.1", forwardedFor: "198.51.100.\(i)")
                #expect(reply.status == .unauthorized)
            }
            let spoofed = try await Self.signIn(app, email: SignInTests.email, password: SignInTests.password, peer: "192.0.2.1", forwardedFor: "198.51.100.200")
            #expect(spoofed.status == .tooManyRequests)
            let elsewhere = try await Self.signIn(app, email: SignInTests.email, password: SignInTests.password, peer: "192.0.2.2", forwardedFor: "192.0.2.1")
            #expect(elsewhere.status == .seeOther)
        }
    }
}
