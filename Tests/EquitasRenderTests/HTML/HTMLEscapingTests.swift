import EquitasCore
@testable import EquitasRender
import Foundation
import Testing

@Suite("HTML page escaping")
struct HTMLEscapingTests {
    let html = HTMLReportRenderer.render(TextReportFixture.hostileReport())

    @Test("markup in user text never becomes markup")
    func noInjectedElements() throws {
        let root = try #require(ParsedPage(html)).root

        #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
        #expect(html.range(of: "<img", options: .caseInsensitive) == nil)
        #expect(root.all("script").isEmpty && root.all("img").isEmpty)
        #expect(root.descendants.allSatisfy { $0.attributes["onerror"] == nil })
    }

    @Test("hostile text is shown literally wherever it is printed")
    func literalText() throws {
        let root = try #require(ParsedPage(html)).root
        let payload = TextReportFixture.hostile
        let header = try #require(root.all("header").first), main = try #require(root.all("main").first)
        let shown = root.all("title") + header.all("p") + root.all("footer")[0].all("p")
            + ["h2", "h3", "p", "li", "caption", "th", "td"].flatMap { main.all($0) } + root.all("nav")[0].all("a")

        #expect(shown.count == 20)
        for element in shown { #expect(element.allText.contains(payload), "\(element.name)") }
        #expect(root.all("figcaption").first?.allText == "— " + payload)
        #expect(root.all("h1").first?.allText.components(separatedBy: payload).count == 4)
        #expect(root.all("meta").filter { $0.attributes["content"] == payload }.count == 2)
    }

    @Test("ids and links made from hostile text hold only safe characters")
    func safeIDs() throws {
        let root = try #require(ParsedPage(html)).root
        let ids = root.descendants.compactMap { $0.attributes["id"] }
        let safe = try Regex("^[A-Za-z0-9_-]+$")

        #expect(ids.count == 6)
        #expect(ids.allSatisfy { $0.wholeMatch(of: safe) != nil }, "\(ids)")
        #expect(Set(ids).count == ids.count)
        for link in root.all("nav")[0].all("a") {
            #expect(ids.contains(String(link.attributes["href"]?.dropFirst() ?? "")))
        }
    }

    @Test("the language attribute cannot break out of its quotes")
    func languageEscaped() {
        var document = TextReportFixture.report()
        document.properties.language = #"en" onload="x"#

        let html = HTMLReportRenderer.render(document)

        #expect(html.contains(#"<html lang="en&quot; onload=&quot;x">"#))
    }
}
