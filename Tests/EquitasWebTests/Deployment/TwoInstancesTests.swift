import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import SQLKit
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
        try await Self.withTwoInstances { a, b, _, _ in
            #expect(a.port != b.port)
            let (session, _) = try await Self.signIn(on: a)

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
        }
    }

    /// A keeps what its busiest pages read (StampedCache); a change made through B, or
    /// straight in the database, must show on A's next request all the same.
    @Test("pages one instance keeps are read afresh as soon as anything they show changes, wherever it changed")
    func keptPagesFollowChanges() async throws {
        try await Self.withTwoInstances { a, b, apps, demo in
            let (session, _) = try await Self.signIn(on: a)
            let challenge = "/challenges/" + demo.challengeId.uuidString.lowercased()
            let plan = "/action-plans/" + demo.actionPlanId.uuidString.lowercased()
            let pages = [challenge, challenge + "/report/preview", challenge + "/team", plan]
            for path in pages {
                // Twice, so that the second answer comes from what A kept.
                for _ in 0..<2 { #expect(try await a.send(.GET, path, cookie: session).status == .ok, "\(path)") }
            }
            let kept = apps[0].stampedCache.counts
            #expect(kept.hits >= pages.count, "A answered from what it kept: \(kept)")

            let sql = try #require(apps[1].db as? any SQLDatabase)
            let mark = "Changed Through B \(UUID().uuidString.prefix(8))"
            // A finding's words: the report preview shows them.
            try await sql.raw("UPDATE findings SET text = \(bind: mark + " finding") WHERE id = (SELECT id FROM findings WHERE challenge_id = \(bind: demo.challengeId) LIMIT 1)").run()
            #expect(try await a.send(.GET, challenge + "/report/preview", cookie: session).text.contains(mark + " finding"))
            // A council's name: the directory, shown on the overview, the team page and the plan.
            try await sql.raw("UPDATE organisations SET name = \(bind: mark + " Council") WHERE id = (SELECT organisation_id FROM challenge_organisations WHERE challenge_id = \(bind: demo.challengeId) ORDER BY position LIMIT 1)").run()
            for path in [challenge, challenge + "/team", challenge + "/report/preview"] {
                #expect(try await a.send(.GET, path, cookie: session).text.contains(mark + " Council"), "\(path)")
            }
            // A plan item's words.
            try await sql.raw("UPDATE action_plan_items SET text = \(bind: mark + " item") WHERE id = (SELECT id FROM action_plan_items WHERE plan_id = \(bind: demo.actionPlanId) ORDER BY number LIMIT 1)").run()
            #expect(try await a.send(.GET, plan, cookie: session).text.contains(mark + " item"))
            // A team member taken off: the team page and the access facts both see it.
            let before = try await a.send(.GET, challenge + "/team", cookie: session).text
            let removed = try #require(try await sql.raw("SELECT p.name AS name, t.id AS id FROM team_members t JOIN people p ON p.id = t.person_id WHERE t.challenge_id = \(bind: demo.challengeId) ORDER BY t.position LIMIT 1").first())
            let removedName = try removed.decode(column: "name", as: String.self)
            // (The name is also among the people who could be added, so it is counted.)
            let mentions = { (page: String) in page.components(separatedBy: removedName).count - 1 }
            #expect(mentions(before) >= 2)
            try await sql.raw("DELETE FROM team_members WHERE id = \(bind: try removed.decode(column: "id", as: UUID.self))").run()
            #expect(mentions(try await a.send(.GET, challenge + "/team", cookie: session).text) < mentions(before))
        }
    }

    /// Two listening instances on one fresh database with the demo loaded.
    static func withTwoInstances(_ body: (Instance, Instance, [Application], DemoLoader.Outcome) async throws -> Void) async throws {
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
            let demo = try await DemoLoader.load(on: apps[0].db, catalog: shippedCatalog)
            try await DemoAccounts.ensure(challengeId: demo.challengeId, on: apps[0].db, catalog: shippedCatalog, hasher: apps[0].equitas.passwordHasher)
            try await body(try Instance(apps[0], client), try Instance(apps[1], client), apps, demo)
        } catch {
            try await Self.tearDown(apps, client, database, folder)
            throw error
        }
        try await Self.tearDown(apps, client, database, folder)
    }

    /// Signs in as the demo administrator through the form and its guard cookie, as a
    /// browser would; gives the session cookie.
    static func signIn(on instance: Instance) async throws -> (cookie: String, page: String) {
        let signInPage = try await instance.send(.GET, "/sign-in")
        let guardValue = try #require(PageBrowser.cookie(SessionCookie.signInGuard, in: signInPage.headers))
        var form = try PageForm.find(in: signInPage.text, button: "Sign in")
        try form.fill("Email", with: DemoAccounts.email("admin"))
        try form.fill("Password", with: DemoAccounts.password)
        let signedIn = try await instance.send(.POST, form.action, cookie: "\(SessionCookie.signInGuard)=\(guardValue)", form: form.fields)
        #expect(signedIn.status == .seeOther)
        return ("\(SessionCookie.session)=\(try #require(PageBrowser.cookie(SessionCookie.session, in: signedIn.headers)))", signedIn.text)
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
