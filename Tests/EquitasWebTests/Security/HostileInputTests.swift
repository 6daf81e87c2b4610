import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// What people type comes back as words, never as markup: script and attribute-breaking
/// payloads in every text field of every kind of record, checked on every page that
/// shows them and in the report as a web page. And no download address reaches a file
/// it does not name.
@Suite("Hostile input")
struct HostileInputTests {
    static let script = #"<script>alert("xss")</script>"#
    static let attribute = #"" autofocus onfocus="alert(1)" x=""#
    static let image = #"'><img src=x onerror=alert(2)>"#
    static let payload = script + attribute + image

    /// Nothing of the payload survives as markup — no script element, no event handler
    /// attribute, no injected image — and its words are there, escaped.
    static func expectSafe(_ html: String, _ page: String, _ source: SourceLocation = #_sourceLocation) {
        #expect(!html.contains("<script>alert"), "\(page) has a live script", sourceLocation: source)
        #expect(!html.contains("<img src=x"), "\(page) has a live image", sourceLocation: source)
        #expect(html.contains("&lt;script&gt;alert"), "\(page) does not show the words", sourceLocation: source)
        let markup = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "<!doctype html>")
        guard let tree = XMLTree(markup.hasPrefix("<!doctype html>\n") ? markup : "<!doctype html>\n" + markup) else {
            Issue.record("\(page) is not well formed", sourceLocation: source)
            return
        }
        let elements = tree.root.everything
        // Our own quick-capture script, by address and empty, is the only script allowed.
        let injected = elements.filter { $0.name == "script" && !($0.attributes["src"] == CaptureScript.path && $0.allText.isEmpty) }
        #expect(injected.isEmpty, "\(page) has a script element", sourceLocation: source)
        let handlers = elements.flatMap { element in element.attributes.keys.filter { $0.lowercased().hasPrefix("on") } }
        #expect(handlers.isEmpty, "\(page) has event handlers: \(handlers)", sourceLocation: source)
        #expect(!elements.contains { $0.attributes["autofocus"] != nil }, "\(page) has an injected attribute", sourceLocation: source)
    }

    @Test("a payload in every text field is escaped on every page and in the report")
    func everyPage() async throws {
        try await withTestApp { app in
            let client = APIClient(app: app)
            let council = try await client.send(.POST, "/api/v1/organisations", json: Organisation(name: Self.payload + " Council", type: .districtCouncil))
                .decode(Identified<Organisation>.self).id
            // The peer comes from another body than the council challenged.
            let peerBody = try await client.send(.POST, "/api/v1/organisations", json: Organisation(name: Self.payload + " Peers", type: .nationalBody))
                .decode(Identified<Organisation>.self).id
            let person = try await client.send(.POST, "/api/v1/people", json: Person(name: Self.payload, organisationId: peerBody, jobTitle: Self.payload))
                .decode(Identified<Person>.self).id
            var challenge = Challenge(organisationIds: [council], frameworkId: "eflg-2021", modules: [ModuleScope(id: "communities", level: "achieving")])
            challenge.focus = Self.payload
            challenge.conclusion = Self.payload
            let id = try await client.send(.POST, "/api/v1/challenges", json: challenge).decode(Identified<Challenge>.self).id
            let base = "/api/v1/challenges/\(id.uuidString.lowercased())"
            #expect(try await client.send(.POST, base + "/team", json: TeamMember(personId: person, role: .leadPeer)).status == .created)
            // Not the whole payload: that is the name of a person in the directory now, and
            // a quote attributed to a person is refused.
            let finding = Finding(module: "communities", kind: .quote, text: Self.payload, attribution: Self.script + Self.image + " staff group")
            #expect(try await client.send(.POST, base + "/findings", json: finding).status == .created)
            let recommendation = Recommendation(number: 1, module: "communities", text: Self.payload)
            #expect(try await client.send(.POST, base + "/recommendations", json: recommendation).status == .created)
            let plan = try await ActionPlanStore(db: app.db, catalog: shippedCatalog).create(ActionPlan(organisationId: council, title: Self.payload)).id

            let browser = try await PageBrowser.signedIn(app, as: .administrator)
            let challengePath = "/challenges/\(id.uuidString.lowercased())"
            let pages = [
                "/dashboard", "/organisations", "/organisations/\(council.uuidString.lowercased())", "/people",
                "/people/\(person.uuidString.lowercased())", "/challenges", challengePath, challengePath + "/team",
                challengePath + "/findings", challengePath + "/recommendations", challengePath + "/conclusion",
                challengePath + "/report/preview", challengePath + "/changes", "/action-plans",
                "/action-plans/\(plan.uuidString.lowercased())", "/action-plans/\(plan.uuidString.lowercased())/changes",
            ]
            for page in pages {
                let reply = try await browser.get(page)
                #expect(reply.status == .ok, "\(page): \(reply.status)")
                Self.expectSafe(reply.text, page)
            }
            let report = try await client.send(.GET, base + "/report?format=html")
            Self.expectSafe(report.text, "the report as HTML")
        }
    }

    @Test("download addresses take ids, not paths: traversal finds nothing")
    func traversal() async throws {
        try await withTestApp { app in
            let client = APIClient(app: app)
            let council = try await client.organisation("Traversal Council")
            let id = try await client.challenge(for: [council]).uuidString.lowercased()
            let browser = try await PageBrowser.signedIn(app, as: .administrator)
            for attempt in ["..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..", "....//....//etc//passwd"] {
                let api = try await client.send(.GET, "/api/v1/challenges/\(id)/evidence/\(attempt)/file")
                #expect(api.status == .notFound, "\(attempt): \(api.status)")
                #expect(!api.text.contains("root:"))
                let page = try await browser.get("/challenges/\(id)/evidence/\(attempt)/file")
                #expect([.notFound, .badRequest].contains(page.status), "\(attempt): \(page.status)")
                #expect(!page.text.contains("root:"))
                let published = try await browser.get("/published/\(attempt)/report")
                #expect(published.status == .notFound)
            }
        }
    }
}
