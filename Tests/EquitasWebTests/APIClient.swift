import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

/// Small conveniences over VaporTesting so tests read as requests and checks.
struct APIClient {
    let app: Application
    /// The bearer token sent with every request: the test administrator's unless a
    /// test says otherwise (nil sends none, as the public would).
    var token: String?

    init(app: Application) {
        self.app = app
        self.token = app.testAdministratorToken
    }

    init(app: Application, token: String?) {
        self.app = app
        self.token = token
    }

    struct Reply {
        let status: HTTPResponseStatus
        let headers: HTTPHeaders
        let body: ByteBuffer

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try TestJSON.decode(type, body) }
        var text: String { String(buffer: body) }
        var error: ErrorBody? { try? decode(ErrorBody.self) }
    }

    struct ErrorBody: Decodable, Equatable {
        var status: Int
        var message: String
        var path: String?
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer? = nil, contentType: HTTPMediaType = .json) async throws -> Reply {
        var headers = HTTPHeaders()
        if body != nil { headers.contentType = contentType }
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        var reply: Reply?
        try await app.testing().test(method, path, headers: headers, body: body) { response in
            reply = Reply(status: response.status, headers: response.headers, body: response.body)
        }
        return try #require(reply)
    }

    func send<T: Encodable>(_ method: HTTPMethod, _ path: String, json value: T) async throws -> Reply {
        try await send(method, path, body: TestJSON.body(value))
    }

    func send(_ method: HTTPMethod, _ path: String, raw text: String) async throws -> Reply {
        try await send(method, path, body: TestJSON.body(text))
    }

    /// Creates an organisation and returns its id.
    func organisation(_ name: String, type: OrganisationType = .districtCouncil) async throws -> UUID {
        let reply = try await send(.POST, "/api/v1/organisations", json: Organisation(name: name, type: type))
        #expect(reply.status == .created)
        return try reply.decode(Identified<Organisation>.self).id
    }

    /// Creates a planning challenge on eflg-2021 for the given organisations.
    func challenge(for organisations: [UUID], modules: [String] = ["communities", "workforce"]) async throws -> UUID {
        let input = Challenge(organisationIds: organisations, frameworkId: "eflg-2021", modules: modules.map { ModuleScope(id: $0, level: "achieving") })
        let reply = try await send(.POST, "/api/v1/challenges", json: input)
        #expect(reply.status == .created, "\(reply.text)")
        return try reply.decode(Identified<Challenge>.self).id
    }
}
