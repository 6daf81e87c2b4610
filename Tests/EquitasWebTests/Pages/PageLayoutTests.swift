import Foundation
import Testing

@testable import EquitasWeb

@Suite("The page layout")
struct PageLayoutTests {
    @Test("frames content with a title, a skip link, the service header, main and footer")
    func frame() throws {
        let layout = PageLayout(title: "Published reports", content: [.h1([], "Published reports")], currentPath: "/published")

        let html = layout.render()
        let root = try PageCheck.structure(html)

        #expect(root.all("title").first?.allText == "Published reports – Equitas")
        let body = try #require(root.all("body").first)
        #expect(body.children.map(\.name) == ["a", "header", "main", "footer"])
        #expect(root.all("main").first?.attributes["tabindex"] == "-1")
        let current = root.all("nav").first?.all("a").filter { $0.attributes["aria-current"] == "page" }
        #expect(current?.map { $0.attributes["href"] } == ["/published"])
        #expect(root.all("link").first?.attributes["href"] == "/assets/equitas.css")
    }

    @Test("the style sheet has GOV.UK's focus state and underlined links")
    func stylesheet() {
        #expect(Stylesheet.css.contains("background-color: #ffdd00"))
        #expect(Stylesheet.css.contains("box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c"))
        #expect(Stylesheet.css.contains("outline: 3px solid #ffdd00"))
        #expect(Stylesheet.css.contains("a { color: #1d70b8; text-decoration: underline"))
    }
}
