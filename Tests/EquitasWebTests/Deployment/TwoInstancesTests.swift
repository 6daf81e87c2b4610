import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// Two instances on one database, as behind a load balancer without sticky sessions:
/// a session started on one is honoured by the other, and what one writes the other reads.
/// Real HTTP over real sockets, not the in-process tester, so nothing is shared but the
/// database and the evidence folder.
@Suite("Two instances on one database")
struct TwoInstancesTests {
    @Test("signed in on one instance, the same cookie reads and writes on the other; signing out on either ends it on both")
    func sharedSessions() async throws {
        bootstrapQuietLogging()
        let database = try await TestDatabase.make()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-two-\(UUID().uuidString)", isDirectory: true)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        var apps: [Application] = []
        do {
            for name in ["a", "b"] {
                let app = try await Application.make(.testing)
                apps.append(app)
                let configuration = AppConfiguration(
                    dataDirectory: folder.appendingPathComponent(name, isDirectory: true), database: database.configuration,
                    catalog: shippedCatalog, migrateOnStart: false, bcryptCost: 4,
                    evidenceDirectory: folder.appendingPathComponent("shared-evidence", isDirectory: true))
                try await configure(app, configuration)
                try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            }
            let (a, b) = (try Instance(apps[0], client), try Instance(apps[1], client))
            #expect(a.port != b.port)
            let demo = try await DemoLoader.load(on: apps[0].db, catalog: shippedCatalog)
            try await DemoAccounts.ensure(challengeId: demo.challengeId, on: apps[0].db, catalog: shippedCatalog, hasher: apps[0].equitas.passwordHasher)

            // Sign in on A, through the form and its guard cookie, as a browser would.
            let signInPage = try await a.send(.GET, "/sign-in")
            let guardValue = try #require(PageBrowser.cookie(SessionCookie.signInGuard, in: signInPage.headers))
            var form = try PageForm.find(in: signInPage.text, button: "Sign in")
            try form.fill("Email", with: DemoAccounts.email("admin"))
            try form.fill("Password", with: DemoAccounts.password)
            let signedIn = try await a.send(.POST, form.action, cookie: "\(SessionCookie.signInGuard)=\(guardValue)", form: form.fields)
            #expect(signedIn.status == .seeOther)
            let session = "\(SessionCookie.session)=\(try #require(PageBrowser.cookie(SessionCookie.session, in: signedIn.headers)))"

            // B knows the session: it lives in the database, not in A's memory.
            let newPage = try await b.send(.GET, "/organisations/new", cookie: session)
            #expect(newPage.status == .ok)
            #expect(newPage.text.contains("Demo Administrator"))
            var add = try PageForm.find(in: newPage.text, button: "Add organisation")
            let name = "Borough Seen From Both \(UUID().uuidString.prefix(8))"
            try add.fill("Name", with: name)
            try add.choose("type", "District council")
            let added = try await b.send(.POST, add.action, cookie: session, form: add.fields)
            #expect(added.status == .seeOther, "\(added.text)")

            // A reads what B wrote.
            let list = try await a.send(.GET, "/organisations", cookie: session)
            #expect(list.status == .ok)
            #expect(list.text.contains(name))

            // Signing out on B ends the session for A as well.
            let signOut = try PageForm.find(in: list.text, button: "Sign out")
            #expect(try await b.send(.POST, signOut.action, cookie: session, form: signOut.fields).status == .seeOther)
            let after = try await a.send(.GET, "/organisations/new", cookie: session)
            #expect(after.status != .ok)
            #expect(!after.text.contains("Demo Administrator"))
        } catch {
            try await Self.tearDown(apps, client, database, folder)
            throw error
        }
        try await Self.tearDown(apps, client, database, folder)
    }

    static func tearDown(_ apps: [Application], _ client: HTTPClient, _ database: TestDatabase, _ folder: URL) async throws {
        try await client.shutdown()
        for app in apps {
            await app.server.shutdown()
            try await app.asyncShutdown()
        }
        try await database.destroy()
        try? FileManager.default.removeItem(at: folder)
    }

    /// One listening application, reached over HTTP.
    struct Instance {
        let port: Int
        let client: HTTPClient

        init(_ app: Application, _ client: HTTPClient) throws {
            port = try #require(app.http.server.shared.localAddress?.port)
            self.client = client
        }

        struct Reply {
            var status: HTTPResponseStatus
            var headers: HTTPHeaders
            var text: String
        }

        func send(_ method: HTTPMethod, _ path: String, cookie: String? = nil, form: [(name: String, value: String)]? = nil) async throws -> Reply {
            var headers = HTTPHeaders()
            if let cookie { headers.add(name: .cookie, value: cookie) }
            var body: HTTPClient.Body?
            if let form {
                headers.add(name: .contentType, value: "application/x-www-form-urlencoded")
                body = .string(form.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&"))
            }
            let request = try HTTPClient.Request(url: "http://127.0.0.1:\(port)\(path)", method: method, headers: headers, body: body)
            let response = try await client.execute(request: request).get()
            return Reply(status: response.status, headers: response.headers, text: response.body.map { String(buffer: $0) } ?? "")
        }

        static func encode(_ text: String) -> String {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
        }
    }
}
