import EquitasCore
import EquitasPersistence
import EquitasSheets
import EquitasTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Vapor

@testable import EquitasWeb

@Suite("You said, we did: what the public sees of progress")
struct YouSaidWeDidTests {
    @Test("the public page and its Atom feed show only what an officer marked public; marking is audited")
    func onlyWhatIsMarked() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let plan = try await ActionPlanStore(db: app.db, catalog: shippedCatalog).record(demo.actionPlanId)
            let item = try #require(plan.items.first { !$0.actions.flatMap(\.updates).isEmpty })
            let action = try #require(item.actions.first { !$0.updates.isEmpty })
            let shown = action.updates[0]
            let hidden = plan.items.flatMap(\.actions).flatMap(\.updates).first { $0.id != shown.id }!
            let visitor = PageBrowser(app: app)
            let path = "/published/\(demo.challengeId.uuidString.lowercased())/you-said-we-did"

            let before = try await visitor.get(path)
            #expect(before.status == .ok)
            #expect(!before.text.contains(shown.value.text) && !before.text.contains("Our response: "))
            #expect(!(try await visitor.get(path + "/feed")).text.contains("<entry>"))

            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: plan.plan.value.organisationId)
            let planPath = "/action-plans/\(plan.plan.id.uuidString.lowercased())/public"
            #expect(try await officer.post(planPath, form: [("update", shown.id.uuidString), ("public", "true")]).status == .seeOther)
            #expect(try await officer.post(planPath, form: [("item", item.item.id.uuidString), ("public", "true")]).status == .seeOther)

            let after = try await visitor.get(path).text
            #expect(after.contains(XMLText.escape(shown.value.text)))
            #expect(!after.contains(XMLText.escape(hidden.value.text)))
            #expect(after.contains("Our response: </strong>" + (item.item.value.response?.label ?? "")))
            let feed = try await visitor.get(path + "/feed")
            #expect(feed.headers.contentType?.subType == "atom+xml")
            let entries = try AtomCheck.entries(Data(feed.body.readableBytesView))
            #expect(entries.count == 1 && entries[0].content.hasPrefix(shown.value.text))

            let trail = try await AuditStore(db: app.db).events(actionPlanId: plan.plan.id)
            #expect(trail.contains { $0.changes.contains { $0.field == "is_public" } }, "marking an update public is in the plan's trail")

            // Withdrawn, it is gone again; a challenge that is not published has no page.
            _ = try await officer.post(planPath, form: [("update", shown.id.uuidString), ("public", "false")])
            #expect(!(try await visitor.get(path)).text.contains(XMLText.escape(shown.value.text)))
            #expect(try await visitor.get("/published/\(demo.followUpId.uuidString.lowercased())/you-said-we-did").status == .notFound)
            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: plan.plan.value.organisationId)
            #expect(try await councillor.post(planPath, form: [("update", shown.id.uuidString), ("public", "true")]).status == .forbidden)
        }
    }

    @Test("Atom: a well-formed feed with the required elements, text escaped")
    func atom() throws {
        let text = AtomFeedWriter.write(
            id: "urn:uuid:1", title: "You said, we did: A & B <Council>", author: "A & B", selfLink: "http://x/feed?a=1&b=2",
            pageLink: "http://x/", updated: CalendarDate("2026-05-01")!,
            entries: [.init(id: "urn:uuid:2", title: "Recommendation 1: \"quoted\"", updated: CalendarDate("2026-05-01")!, content: "<script>alert(1)</script> \u{0}", link: "http://x/#r1")])
        let entries = try AtomCheck.entries(Data(text.utf8))
        #expect(entries.map(\.content) == ["<script>alert(1)</script> "])
        #expect(text.contains("<updated>2026-05-01T00:00:00Z</updated>"))
    }
}

/// Reads an Atom feed with Foundation's XML parser, failing on anything not well-formed
/// and checking what RFC 4287 requires: the feed's id, title, updated and author; each
/// entry's id, title and updated.
final class AtomCheck: NSObject, XMLParserDelegate {
    struct Entry { var id = "", title = "", updated = "", content = "" }
    private var path: [String] = []
    private var text = ""
    private var feed: [String: String] = [:]
    private var entries: [Entry] = []

    static func entries(_ data: Data) throws -> [Entry] {
        let check = AtomCheck()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = check
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        for key in ["id", "title", "updated", "name"] { #expect(!(check.feed[key] ?? "").isEmpty, "feed \(key)") }
        for entry in check.entries { #expect(!entry.id.isEmpty && !entry.title.isEmpty && entry.updated.hasSuffix("Z")) }
        return check.entries
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if path.isEmpty { #expect(name == "feed" && namespaceURI == "http://www.w3.org/2005/Atom") }
        path.append(name)
        if name == "entry" { entries.append(Entry()) }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        path.removeLast()
        if path.contains("entry") {
            switch name {
            case "id": entries[entries.count - 1].id = text
            case "title": entries[entries.count - 1].title = text
            case "updated": entries[entries.count - 1].updated = text
            case "content": entries[entries.count - 1].content = text
            default: break
            }
        } else if path.last == "feed" || (path.last == "author" && name == "name") {
            feed[name] = text
        }
    }
}
