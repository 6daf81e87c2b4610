import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

/// A browser for page tests: signed in as some role (a real account and a real session
/// in the test database, so the whole cookie → session → actor path runs), sending
/// the session cookie with every request and the CSRF token with every form.
struct PageBrowser {
    let app: Application
    var cookie: String?
    var csrfToken: String?
    var account: Identified<Account>?

    /// Not signed in.
    init(app: Application) {
        self.app = app
    }

    /// Signed in as a new account with this role (council roles need a council, a peer
    /// their person record).
    static func signedIn(
        _ app: Application, as role: Role, organisationId: UUID? = nil, personId: UUID? = nil, email: String? = nil
    ) async throws -> PageBrowser {
        let address = email ?? "\(role.rawValue)-\(UUID().uuidString.prefix(8).lowercased())@tests.equitas.test"
        let account = try await AccountStore(db: app.db).create(
            Account(email: address, name: "Test \(role.label)", role: role, organisationId: organisationId, personId: personId),
            passwordHash: try app.equitas.passwordHasher.hash("a long test password", email: address))
        let started = try await SessionStore(db: app.db).start(accountId: account.id)
        var browser = PageBrowser(app: app)
        browser.cookie = "equitas_session=\(started.secret)"
        browser.csrfToken = started.session.csrfToken
        browser.account = account
        return browser
    }

    func get(_ path: String) async throws -> APIClient.Reply {
        try await send(.GET, path, headers: HTTPHeaders(), body: nil)
    }

    /// A form post, `application/x-www-form-urlencoded`, with the CSRF token added
    /// unless `csrf` is false.
    func post(_ path: String, form fields: [(String, String)], csrf: Bool = true) async throws -> APIClient.Reply {
        let all = (csrf ? [("csrf_token", csrfToken ?? "")] : []) + fields
        let body = all.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// A multipart form post (for file uploads), with the CSRF token added.
    func postMultipart(
        _ path: String, fields: [(String, String)], file: (field: String, filename: String, contentType: String, data: Data)?
    ) async throws -> APIClient.Reply {
        let boundary = "equitas-test-\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in [("csrf_token", csrfToken ?? "")] + fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        if let file {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\nContent-Type: \(file.contentType)\r\n\r\n")
            body.writeBytes(file.data)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: headers, body: body)
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws -> APIClient.Reply {
        var headers = headers
        if let cookie { headers.replaceOrAdd(name: .cookie, value: cookie) }
        var reply: APIClient.Reply?
        try await app.testing().test(method, path, headers: headers, body: body) { response in
            reply = APIClient.Reply(status: response.status, headers: response.headers, body: response.body)
        }
        return try #require(reply)
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
