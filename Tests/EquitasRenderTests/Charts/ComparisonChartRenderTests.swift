import EquitasCore
@testable import EquitasRender
import Foundation
import Testing

@Suite("Comparison charts rendered")
struct ComparisonChartRenderTests {
    static let chart = ComparisonChart(
        caption: "Ethnicity: our staff compared with Wyvern Vale (per cent)", category: "group",
        series: ["Our staff", "Wyvern Vale"],
        rows: [
            ComparisonChart.Row(label: "White British", values: [Decimal(string: "47.6"), 80]),
            ComparisonChart.Row(label: "Mixed & <other>", values: [nil, 3]),
        ])

    static let document = ChartFixture.document([.comparison(chart)])

    @Test("the text alternative says every value, and 'not shown' for a missing one")
    func textAlternative() {
        #expect(Self.chart.textAlternative == "Bar chart comparing Our staff and Wyvern Vale, in per cent, by group: "
            + "White British: Our staff 47.6%, Wyvern Vale 80.0%; Mixed & <other>: Our staff not shown, Wyvern Vale 3.0%.")
    }

    @Test("HTML: an SVG with role img, title and desc, each bar named and valued in text, then a table with a caption")
    func html() throws {
        let html = HTMLReportRenderer.render(Self.document)
        let root = try #require(ParsedPage(html), "the page is not well-formed markup").root
        let svg = try #require(root.all("svg").first)
        #expect(svg.attributes["role"] == "img")
        let title = try #require(svg.children.first { $0.name == "title" })
        let desc = try #require(svg.children.first { $0.name == "desc" })
        #expect(svg.attributes["aria-labelledby"] == [title.attributes["id"], desc.attributes["id"]].compactMap { $0 }.joined(separator: " "))
        #expect(title.allText == Self.chart.caption && desc.allText == Self.chart.textAlternative)
        #expect(svg.all("text").map(\.allText) == [
            "White British", "Our staff", "47.6%", "Wyvern Vale", "80.0%",
            "Mixed & <other>", "Our staff", "not shown", "Wyvern Vale", "3.0%",
        ])
        // Three bars: nothing is drawn for the missing value; 80 takes the whole room.
        let widths = svg.all("rect").compactMap { $0.attributes["width"].flatMap { Int($0) } }
        let room = Double(HTMLComparisonChart.width - HTMLComparisonChart.seriesColumn - HTMLComparisonChart.valueRoom)
        #expect(widths == [47.6, 80, 3].map { Int(($0 / 80 * room).rounded()) })
        #expect(widths[1] == HTMLComparisonChart.width - HTMLComparisonChart.seriesColumn - HTMLComparisonChart.valueRoom)
        for fill in svg.all("rect").compactMap({ $0.attributes["fill"] }) {
            #expect(ContrastRatio.between(fill, "#ffffff") >= 3, "\(fill)")
        }
        #expect(ContrastRatio.between(HTMLBarChart.Colour.text, "#ffffff") >= 4.5)
        let table = try #require(root.all("table").first)
        #expect(table.all("caption").first?.allText == "Figures for the chart: " + Self.chart.caption)
        #expect(table.all("th").map(\.allText) == ["Group", "Our staff", "Wyvern Vale", "White British", "Mixed & <other>"])
        #expect(table.all("td").map(\.allText) == ["47.6%", "80.0%", "not shown", "3.0%"])
        #expect(!html.contains("<other>"))
    }

    @Test("Word: a chart of two series side by side, titled and described, a missing value left as a gap")
    func docx() throws {
        let docx = try RenderedDOCX(Self.document)
        let properties = try #require(docx.body.all("wp:docPr").first)
        #expect(properties.attributes["title"] == Self.chart.caption && properties.attributes["descr"] == Self.chart.textAlternative)
        let chart = try docx.package.xml("word/charts/chart1.xml")
        let series = chart.all("c:ser")
        #expect(series.map { $0.all("c:tx").first?.all("c:v").first?.text } == ["Our staff", "Wyvern Vale"])
        #expect(series.map { $0.all("c:val").first?.all("c:pt").map { $0.attributes["idx"] ?? "" } } == [["0"], ["0", "1"]])
        #expect(series.first?.all("c:cat").first?.all("c:v").map(\.text) == ["White British", "Mixed & <other>"])
        #expect(!chart.all("c:legend").isEmpty)
    }

    @Test("Markdown: the figures as a table under the caption")
    func markdown() {
        let markdown = MarkdownReportRenderer.render(Self.document)
        #expect(markdown.contains("| Group | Our staff | Wyvern Vale |"))
        // Markdown escapes the full stops, so "47.6" cannot start an ordered list.
        #expect(markdown.contains(#"| White British | 47\.6% | 80\.0% |"#))
        #expect(markdown.contains(#"| Mixed & &lt;other> | not shown | 3\.0% |"#))
    }
}
