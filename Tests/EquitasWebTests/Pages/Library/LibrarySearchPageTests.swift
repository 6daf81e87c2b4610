import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The library's search and similar practice pages")
struct LibrarySearchPageTests {
    /// The results on a page: each one's text, in order.
    static func results(_ root: XMLTree.Element) -> [XMLTree.Element] {
        root.all("li").filter { $0.attributes["class"]?.contains("library-result") == true }
    }

    static func links(_ root: XMLTree.Element) -> [String] {
        root.all("main").first?.all("a").compactMap { $0.attributes["href"] } ?? []
    }

    @Test("results mark the matches, escape everything else, and say how many there are")
    func marksAndEscapes() async throws {
        try await withTestApp { app in
            let world = try await LibraryWorld.make(app)
            let reply = try await PageBrowser(app: app).get("/library?q=staff+network")
            #expect(reply.status == .ok)
            let root = try PageCheck.structure(reply.text)
            #expect(root.all("h2").map(\.allText).contains("3 results for “staff network”"))
            let results = Self.results(root)
            #expect(results.count == 3)
            #expect(results.allSatisfy { !$0.all("mark").isEmpty })
            #expect(Set(results.flatMap { $0.all("mark").map { $0.allText.lowercased() } }) == ["staff", "network"])
            // The markup in a finding is shown as text, never run.
            #expect(!reply.text.contains("<script>"))
            #expect(reply.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let hostile = try #require(results.first { $0.allText.contains("alert(1)") })
            #expect(hostile.allText.contains("Northfell District Council"))
            #expect(hostile.allText.contains("Quote · 2019 · Equality Framework for Local Government (2021): "))
            #expect(Self.links(root).contains("/library/similar/\(world.hostile.uuidString.lowercased())"))
            // Accessible names that tell the results' links apart.
            let similar = root.all("a").filter { $0.allText.hasPrefix("Similar practice elsewhere") }.map(\.allText)
            #expect(Set(similar).count == 3)
            // Anyone may search: the library is in everyone's navigation.
            #expect(root.all("nav").first?.all("a").contains { $0.attributes["href"] == "/library" } == true)
        }
    }

    @Test("without a query, just the form; the form shows back what was asked")
    func emptyForm() async throws {
        try await withTestApp { app in
            _ = try await LibraryWorld.make(app)
            let root = try PageCheck.structure(try await PageBrowser(app: app).get("/library").text)
            #expect(Self.results(root).isEmpty)
            #expect(root.all("form").first?.attributes["method"] == "get")
            #expect(root.all("label").map(\.allText).contains("Search the library"))
            let again = try PageCheck.structure(try await PageBrowser(app: app).get("/library?q=staff&kind=strength&year=2019").text)
            #expect(again.all("input").first { $0.attributes["name"] == "q" }?.attributes["value"] == "staff")
            #expect(again.all("input").first { $0.attributes["name"] == "year" }?.attributes["value"] == "2019")
            let kind = again.all("select").first { $0.attributes["name"] == "kind" }
            #expect(kind?.all("option").first { $0.attributes["selected"] != nil }?.attributes["value"] == "strength")
            // Modules are grouped by framework.
            let module = try #require(again.all("select").first { $0.attributes["name"] == "module" })
            #expect(module.all("optgroup").map { $0.attributes["label"] ?? "" }.contains("Equality Framework for Local Government (2021)"))
        }
    }

    @Test("filters narrow the results: kind, year")
    func filters() async throws {
        try await withTestApp { app in
            let world = try await LibraryWorld.make(app)
            let browser = PageBrowser(app: app)
            let strengths = Self.results(try PageCheck.structure(try await browser.get("/library?q=staff+network&kind=strength").text))
            #expect(strengths.count == 2)
            #expect(!strengths.contains { $0.allText.contains("alert(1)") })
            let recent = try PageCheck.structure(try await browser.get("/library?q=staff+network&year=2023").text)
            #expect(Self.results(recent).map { $0.all("p").map(\.allText).joined() }.contains { $0.contains("carers") })
            #expect(Self.results(recent).count == 1)
            #expect(Self.links(recent).contains("/library/similar/\(world.carersNetwork.uuidString.lowercased())"))
            let none = try PageCheck.structure(try await browser.get("/library?q=staff+network&organisation_type=county-council").text)
            #expect(Self.results(none).isEmpty)
            #expect(none.all("h2").map(\.allText).contains("0 results for “staff network”"))
        }
    }

    @Test("the public finds published challenges only; a review manager finds drafts too, with links to each challenge")
    func visibility() async throws {
        try await withTestApp { app in
            let world = try await LibraryWorld.make(app)
            let publicPage = try await PageBrowser(app: app).get("/library?q=staff+network")
            #expect(!publicPage.text.contains("young people"))
            #expect(!publicPage.text.contains("Secretdale"))
            // Published, but no final report issued: nothing the public can open.
            #expect(!Self.links(try PageCheck.structure(publicPage.text)).contains { $0.hasPrefix("/challenges/") })
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let page = try await manager.get("/library?q=staff+network")
            let root = try PageCheck.structure(page.text)
            #expect(Self.results(root).count == 4)
            #expect(page.text.contains("young people"))
            #expect(Self.links(root).contains("/challenges/\(world.drafting.uuidString.lowercased())"))
        }
    }

    @Test("a result from a challenge with a published final report links to that report")
    func reportLink() async throws {
        try await withTestApp { app in
            let world = try await PublicWorld.make(app)
            let reply = try await PageBrowser(app: app).get("/library?q=staff+network")
            let root = try PageCheck.structure(reply.text)
            #expect(!Self.results(root).isEmpty)
            // The finalised copy's councils are named in markup: shown as text.
            #expect(root.allText.contains(PublicWorld.hostileName))
            #expect(!reply.text.contains("<script>"))
            let reports = Set(Self.links(root).filter { $0.hasPrefix("/published/") })
            #expect(reports.contains(PublishedPage.reportPath(world.demo, .html)))
            #expect(!reports.contains(PublishedPage.reportPath(world.drafting, .html)))
            #expect(!root.allText.contains(PublicWorld.secretName))
        }
    }

    @Test("pages of twenty, with previous and next links that keep the filters")
    func paging() async throws {
        try await withTestApp { app in
            _ = try await LibraryWorld.make(app)
            let more = try await LibraryWorld.challenge(
                app, [try await APIClient(app: app).organisation("Westbrook District Council")], year: 2022)
            for number in 1...25 {
                try await LibraryWorld.finding(app, more, .goodPractice, "Mentoring scheme number \(number) pairs new starters.")
            }
            try await LibraryWorld.advance(app, more, to: .published)
            let browser = PageBrowser(app: app)
            let first = try PageCheck.structure(try await browser.get("/library?q=mentoring&kind=good-practice").text)
            #expect(Self.results(first).count == 20)
            #expect(first.all("h2").map(\.allText).contains("25 results for “mentoring”"))
            let next = try #require(first.all("a").first { $0.allText == "Next page" }?.attributes["href"])
            #expect(next == "/library?q=mentoring&kind=good-practice&page=2")
            #expect(!first.all("a").contains { $0.allText == "Previous page" })
            let second = try PageCheck.structure(try await browser.get(next).text)
            #expect(Self.results(second).count == 5)
            #expect(second.all("ol").first { $0.attributes["class"] == "library-results" }?.attributes["start"] == "21")
            #expect(
                second.all("a").first { $0.allText == "Previous page" }?.attributes["href"] == "/library?q=mentoring&kind=good-practice")
            #expect(!second.all("a").contains { $0.allText == "Next page" })
        }
    }

    @Test("a bad field re-shows the form with the error summary naming it, 422")
    func badInput() async throws {
        try await withTestApp { app in
            _ = try await LibraryWorld.make(app)
            let browser = PageBrowser(app: app)
            for (path, field) in [
                ("/library?q=the", "field-q"), ("/library?q=staff&year=abc", "field-year"),
                ("/library?q=staff&kind=nonsense", "field-kind"),
            ] {
                let reply = try await browser.get(path)
                #expect(reply.status == .unprocessableEntity, "\(path)")
                let root = try PageCheck.structure(reply.text)
                let summary = try #require(root.all("div").first { $0.attributes["class"] == "error-summary" }, "\(path)")
                #expect(summary.all("a").map { $0.attributes["href"] } == ["#" + field], "\(path)")
                #expect(root.all("title").first?.allText.hasPrefix("Error: ") == true)
                #expect(Self.results(root).isEmpty)
                #expect(root.everything.first { $0.attributes["id"] == field }?.attributes["aria-invalid"] == "true", "\(path)")
            }
        }
    }

    @Test("similar practice lists other challenges' findings, never the entry's own challenge")
    func similar() async throws {
        try await withTestApp { app in
            let world = try await LibraryWorld.make(app)
            let reply = try await PageBrowser(app: app).get("/library/similar/\(world.disabledNetwork.uuidString.lowercased())")
            #expect(reply.status == .ok)
            let root = try PageCheck.structure(reply.text)
            let all = Self.results(root).map(\.allText)
            #expect(all.first?.contains("disabled employees") == true)
            let others = all.dropFirst()
            #expect(others.contains { $0.contains("carers") })
            #expect(!others.contains { $0.contains("alert(1)") || $0.contains("housing") })
            #expect(!reply.text.contains("young people"))
            #expect(Self.links(root).contains("/library/similar/\(world.carersNetwork.uuidString.lowercased())"))
        }
    }

    @Test("an entry the viewer may not see, or none at all, is the site's 404 page")
    func notFound() async throws {
        try await withTestApp { app in
            let world = try await LibraryWorld.make(app)
            let draft = "/library/similar/\(world.youngNetwork.uuidString.lowercased())"
            for path in [draft, "/library/similar/\(UUID())", "/library/similar/not-an-id"] {
                let reply = try await PageBrowser(app: app).get(path)
                #expect(reply.status == .notFound, "\(path)")
                try PageCheck.structure(reply.text)
                #expect(!reply.text.contains("young people"))
            }
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let seen = try await manager.get(draft)
            #expect(seen.status == .ok)
            #expect(seen.text.contains("young people"))
        }
    }

    @Test("each finding on the findings page links to similar practice, named by its number")
    func findingsPageLink() async throws {
        try await withTestApp { app in
            let world = try await LibraryWorld.make(app)
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let reply = try await manager.get("/challenges/\(world.drafting.uuidString.lowercased())/findings")
            #expect(reply.status == .ok)
            let root = try PageCheck.structure(reply.text)
            let link = try #require(
                root.all("a").first { $0.attributes["href"] == "/library/similar/\(world.youngNetwork.uuidString.lowercased())" })
            #expect(link.allText == "Similar practice elsewhere to finding 1")
        }
    }
}
