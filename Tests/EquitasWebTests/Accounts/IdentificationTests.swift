import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Who a request is: bearer tokens and /api/v1/me")
struct IdentificationTests {
    struct Me: Decodable, Equatable {
        var role: Role
        var account: Identified<Account>?
    }

    struct Reply {
        var status: HTTPResponseStatus
        var headers: HTTPHeaders
        var body: ByteBuffer
    }

    static func get(_ app: Application, _ path: String, authorization: String? = nil) async throws -> Reply {
        var headers = HTTPHeaders()
        if let authorization { headers.replaceOrAdd(name: .authorization, value: authorization) }
        var reply: Reply?
        try await app.testing().test(.GET, path, headers: headers) { response in
            reply = Reply(status: response.status, headers: response.headers, body: response.body)
        }
        return try #require(reply)
    }

    @Test("no Authorization header: the public, with no account; other routes work as before")
    func anonymous() async throws {
        try await withTestApp { app in
            let reply = try await Self.get(app, "/api/v1/me")
            #expect(reply.status == .ok)
            #expect(try TestJSON.decode(Me.self, reply.body) == Me(role: .public, account: nil))
            #expect(!String(buffer: reply.body).contains("account"))
            #expect(try await Self.get(app, "/api/v1/frameworks").status == .ok)
        }
    }

    @Test("a valid token: the account's role and details")
    func validToken() async throws {
        try await withTestApp { app in
            let council = try await OrganisationStore(db: app.db).create(Organisation(name: "Wyvern Vale", type: .districtCouncil))
            let store = AccountStore(db: app.db)
            let account = try await store.create(
                Account(email: "officer@wyvern.gov.uk", name: "Olu Officer", role: .councilOfficer, organisationId: council.id),
                passwordHash: try app.equitas.passwordHasher.hash("a long enough password", email: "officer@wyvern.gov.uk"))
            let (token, _) = try await store.issueToken(accountId: account.id, name: "test")

            let reply = try await Self.get(app, "/api/v1/me", authorization: "Bearer \(token)")
            #expect(reply.status == .ok)
            #expect(try TestJSON.decode(Me.self, reply.body) == Me(role: .councilOfficer, account: account))
            let text = String(buffer: reply.body)
            #expect(text.contains("\"organisation_id\""))
            #expect(!text.contains("password"))
            // The scheme is case-blind, as HTTP says.
            #expect(try await Self.get(app, "/api/v1/me", authorization: "bearer \(token)").status == .ok)
        }
    }

    @Test("a malformed, unknown or revoked token is 401 with a Bearer challenge, on any API route")
    func badTokens() async throws {
        try await withTestApp { app in
            let store = AccountStore(db: app.db)
            let account = try await store.create(
                Account(email: "ada@example.org", name: "Ada", role: .administrator), passwordHash: "$2b$04$x")
            let (revoked, id) = try await store.issueToken(accountId: account.id, name: "old")
            try await store.revokeToken(id)
            let headers = [
                "Bearer", "Bearer not-a-token", "Basic YWRhOnNlY3JldA==", "Bearer eqt_" + String(repeating: "A", count: 43),
                "Bearer \(revoked)", "Bearer \(revoked) extra",
            ]
            for header in headers {
                for path in ["/api/v1/me", "/api/v1/organisations"] {
                    let reply = try await Self.get(app, path, authorization: header)
                    #expect(reply.status == .unauthorized, "\(header) \(path)")
                    #expect(reply.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
                    let error = try TestJSON.decode(APIClient.ErrorBody.self, reply.body)
                    #expect(error.status == 401)
                    #expect(!error.message.isEmpty)
                }
            }
        }
    }
}
