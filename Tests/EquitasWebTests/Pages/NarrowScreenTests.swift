import Foundation
import Testing

@testable import EquitasWeb

@Suite("Pages on a narrow screen")
struct NarrowScreenTests {
    @Test("each body cell carries its column's heading, spans counted, the header row left alone")
    func tableLabels() throws {
        let table = Node.table(
            [],
            .thead([], .tr([], .th(scope: .col, [], "Who"), .th(scope: .col, [], "Figures")), .empty),
            .tbody(
                [],
                .fragment([
                    .tr([], .th(scope: .row, [], "Sam <Patel>"), .td([], "12")),
                    .tr([], .td([Attribute("colspan", "2")], "Not published")),
                ])))
        let html = PageLayout(title: "T", content: [.h1([], "T"), table]).render()
        let root = try PageCheck.structure(html)
        let cells = root.all("tbody").first?.all("tr").map { $0.children.map { $0.attributes["data-label"] } }
        #expect(cells == [["Who", "Figures"], ["Who"]])
        #expect(root.all("thead").first?.all("th").allSatisfy { $0.attributes["data-label"] == nil } == true)
        #expect(html.contains("Sam &lt;Patel&gt;"))
    }

    @Test("a heading's words are escaped in the label like any attribute")
    func labelEscaped() {
        let table = Node.table([], .thead([], .tr([], .th(scope: .col, [], "\"Odd\" <heading>"))), .tbody([], .tr([], .td([], "1"))))
        #expect(table.labellingTableCells().render().contains(#"<td data-label="&quot;Odd&quot; &lt;heading&gt;">1</td>"#))
    }

    @Test("the navigation folds into a Menu that opens without script, with the same links")
    func menu() throws {
        let html = PageLayout(title: "Published reports", content: [.h1([], "Published reports")], currentPath: "/published").render()
        let root = try PageCheck.structure(html)
        let wide = try #require(root.all("nav").first { $0.attributes["aria-label"] == "Main" })
        let menu = try #require(root.all("details").first { $0.attributes["class"] == "narrow-menu" })
        #expect(menu.all("summary").first?.allText == "Menu")
        let folded = try #require(menu.all("nav").first)
        #expect(folded.all("a").map { $0.attributes["href"] } == wide.all("a").map { $0.attributes["href"] })
        #expect(folded.all("a").filter { $0.attributes["aria-current"] == "page" }.map { $0.attributes["href"] } == ["/published"])
    }

    @Test("the style sheet folds the header, reflows tables and keeps fields within a phone's width")
    func stylesheet() {
        let css = Stylesheet.css
        #expect(css.contains("@media (max-width: 40.0625em)"))
        #expect(css.contains("main td[data-label]::before { content: attr(data-label)"))
        #expect(css.contains(".site-header .wide-only { display: none; }"))
        #expect(css.contains(".narrow-menu { display: none; }"))
        #expect(css.contains("fieldset { min-width: 0; }"))
    }
}
