import EquitasCore
@testable import EquitasRender
import Foundation
import Testing

@Suite("HTML report page")
struct HTMLReportRendererTests {
    let html = HTMLReportRenderer.render(TextReportFixture.report(language: "cy"))

    private func page() throws -> ParsedPage {
        try #require(ParsedPage(html), "the page is not well-formed markup")
    }

    @Test("one well-formed page with language, title, meta and the four landmarks")
    func documentShell() throws {
        let root = try page().root

        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(root.name == "html" && root.attributes["lang"] == "cy")
        #expect(root.all("title").map(\.allText) == ["Equality Peer Challenge: Wyvern Vale District Council"])
        let metas = root.all("meta")
        #expect(metas.contains { $0.attributes["charset"] == "utf-8" })
        #expect(metas.contains { $0.attributes["name"] == "viewport" })
        #expect(metas.contains { $0.attributes["name"] == "description" && $0.attributes["content"]?.hasPrefix("Equality Framework") == true })
        for landmark in ["header", "nav", "main", "footer"] { #expect(root.all(landmark).count == 1, "\(landmark)") }
        #expect(root.all("link").isEmpty && root.all("script").isEmpty && root.all("img").isEmpty)
    }

    @Test("the skip link is the first thing focusable and points at main")
    func skipLink() throws {
        let root = try page().root
        let focusable = root.descendants.filter { $0.attributes["href"] != nil || $0.attributes["tabindex"].map { $0 != "-1" } == true }

        let first = try #require(focusable.first)
        #expect(first.attributes["class"] == "skip-link")
        #expect(first.attributes["href"] == "#" + (root.all("main").first?.attributes["id"] ?? "missing"))
    }

    @Test("headings run h1, h2, h3, h4 without skipping a level; empty sections are left out")
    func headingOrder() throws {
        let levels = try page().root.descendants.compactMap { $0.name.count == 2 && $0.name.hasPrefix("h") ? Int($0.name.dropFirst()) : nil }

        #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) { #expect(next <= previous + 1, "h\(previous) then h\(next)") }
        #expect(levels.contains(4))
        #expect(!html.contains("Empty") && !html.contains("id=\"observations\""))
    }

    @Test("every section id appears once and every contents link finds its section")
    func idsAndContents() throws {
        let root = try page().root
        let ids = root.descendants.compactMap { $0.attributes["id"] }
        let sectionIDs = root.all("section").compactMap { $0.attributes["id"] }
        let links = root.all("nav").flatMap { $0.all("a") }.compactMap { $0.attributes["href"] }

        #expect(Set(ids).count == ids.count)
        #expect(sectionIDs == ["background", "summary", "module-communities", "module-communities-strengths",
                               "module-communities-areas", "module-communities-next", "annex-programme"])
        #expect(links == sectionIDs.map { "#" + $0 })
        #expect(ids.contains("item-rec-2") && ids.contains("item-f-7") && ids.contains("item-area-leadership"))
    }

    @Test("numbered lists keep their start; quotes are figures with a caption")
    func listsAndQuotes() throws {
        let root = try page().root.all("main")[0]

        #expect(root.all("ol").map { $0.attributes["start"] } == ["1", "1", "7"])
        #expect(root.all("ol")[2].children.map(\.allText) == ["Consult earlier", "Publish results"])
        #expect(root.all("ul").first?.children.count == 2)
        let figure = try #require(root.all("figure").first)
        #expect(figure.children.map(\.name) == ["blockquote", "figcaption"])
        #expect(figure.children[1].allText == "— Community group member")
    }

    @Test("tables have a caption, column headers and row headers")
    func tables() throws {
        let table = try #require(page().root.all("table").first)

        #expect(table.children.map(\.name) == ["caption", "thead", "tbody"])
        #expect(table.children[0].allText == "The peer team")
        #expect(table.all("th").filter { $0.attributes["scope"] == "col" }.map(\.allText) == ["Name", "Organisation", "Role"])
        let rows = table.children[2].children
        #expect(rows.map { $0.children.map(\.name) } == [["th", "td", "td"], ["th", "td", "td"]])
        #expect(rows[0].children[0].attributes["scope"] == "row")
    }

    @Test("ids from user data are cut to safe characters and kept unique")
    func idSanitising() throws {
        var document = TextReportFixture.report()
        document.sections = [
            ReportSection(id: "a b", title: "One", blocks: [.paragraph("x")]),
            ReportSection(id: "a?b", title: "Two", blocks: [.paragraph("x")]),
            ReportSection(id: "main-content", title: "Three", blocks: [.paragraph("x")]),
            ReportSection(id: "élan", title: "Four", blocks: [.paragraph("x")]),
        ]

        let root = try #require(ParsedPage(HTMLReportRenderer.render(document))).root

        #expect(root.all("section").compactMap { $0.attributes["id"] } == ["a-b", "a-b-2", "main-content-2", "lan"])
        #expect(root.all("main").first?.attributes["id"] == "main-content")
        #expect(root.all("nav")[0].all("a").compactMap { $0.attributes["href"] } == ["#a-b", "#a-b-2", "#main-content-2", "#lan"])
    }

    @Test("sections deeper than h6 stay in the outline as ARIA headings")
    func deepSections() {
        let deep = (0..<7).reversed().reduce(ReportSection(id: "s7", title: "Seven", blocks: [.paragraph("x")])) { inner, depth in
            ReportSection(id: "s\(depth)", title: "Level \(depth)", subsections: [inner])
        }
        var document = TextReportFixture.report()
        document.sections = [deep]

        let html = HTMLReportRenderer.render(document)

        #expect(html.contains("<h6>Level 4</h6>"))
        #expect(html.contains("role=\"heading\" aria-level=\"7\">Level 5<"))
        #expect(html.contains("aria-level=\"9\">Seven<"))
        #expect(ParsedPage(html) != nil)
    }

    @Test("the same document gives the same bytes")
    func deterministic() {
        #expect(HTMLReportRenderer.render(TextReportFixture.report()) == HTMLReportRenderer.render(TextReportFixture.report()))
    }
}
