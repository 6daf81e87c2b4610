import EquitasCore
@testable import EquitasRender
import Foundation
import Testing

@Suite("Bar charts in HTML")
struct BarChartHTMLTests {
    static let html = HTMLReportRenderer.render(ChartFixture.document([.chart(ChartFixture.statusChart)]))

    static func page(_ html: String = html) throws -> ParsedPage.Element {
        try #require(ParsedPage(html), "the page is not well-formed markup").root
    }

    /// The SVG on its own, as a file would hold it.
    static func svgSource(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>"))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test("the SVG is well-formed XML on its own, in the SVG namespace")
    func wellFormed() throws {
        let svg = try #require(ParsedPage(try Self.svgSource(Self.html))).root
        #expect(svg.name == "svg" && svg.attributes["xmlns"] == "http://www.w3.org/2000/svg")
    }

    @Test("role img, named by its title and described by its desc, which hold the caption and the text alternative")
    func accessibleName() throws {
        let root = try Self.page()
        let svg = try #require(root.all("svg").first)
        #expect(svg.attributes["role"] == "img")
        let labelledBy = try #require(svg.attributes["aria-labelledby"]).split(separator: " ").map(String.init)
        #expect(labelledBy.count == 2)
        let title = try #require(svg.children.first { $0.name == "title" })
        let desc = try #require(svg.children.first { $0.name == "desc" })
        #expect(labelledBy == [title.attributes["id"], desc.attributes["id"]].compactMap { $0 })
        #expect(title.allText == "Actions by status at 30 June 2022")
        #expect(desc.allText == "Bar chart of 50 actions by status: Not started 4, On track 20, At risk 6, Off track 2, Complete 18, Closed as not needed 0.")
        #expect(root.all("figure").first?.all("figcaption").first?.allText == "Actions by status at 30 June 2022")
    }

    @Test("every bar is labelled in text with its value beside it; an empty bar draws no rectangle")
    func labelsAndValues() throws {
        let svg = try #require(try Self.page().all("svg").first)
        let texts = svg.all("text").map(\.allText)
        #expect(texts == ["Not started", "4", "On track", "20", "At risk", "6", "Off track", "2", "Complete", "18", "Closed as not needed", "0"])
        let widths = svg.all("rect").compactMap { $0.attributes["width"].flatMap { Int($0) } }
        // The longest bar takes the drawing's width less the room kept for its value.
        let room = Double(HTMLBarChart.width - HTMLBarChart.valueRoom)
        #expect(widths == [4, 20, 6, 2, 18].map { Int((Double($0) / 20 * room).rounded()) })
        #expect(widths.max() == HTMLBarChart.width - HTMLBarChart.valueRoom)
    }

    @Test("the figures follow as a table with row headers")
    func dataTable() throws {
        let root = try Self.page()
        let table = try #require(root.all("table").first)
        #expect(table.all("caption").first?.allText == "Figures for the chart: Actions by status at 30 June 2022")
        #expect(table.all("thead").first?.all("th").map(\.allText) == ["Status", "Actions"])
        let rows = table.all("tbody").first?.all("tr").map { $0.children.map(\.allText) }
        #expect(rows?.first == ["Not started", "4"] && rows?.last == ["Closed as not needed", "0"])
    }

    @Test("bars are at least 3:1 and text at least 4.5:1 against white")
    func contrast() throws {
        let svg = try #require(try Self.page().all("svg").first)
        let fills = svg.all("rect").compactMap { $0.attributes["fill"] }
        #expect(Set(fills) == Set(HTMLBarChart.Colour.bars))
        for colour in HTMLBarChart.Colour.bars {
            #expect(ContrastRatio.between(colour, "#ffffff") >= 3, "\(colour)")
        }
        let textFill = try #require(svg.all("g").first?.attributes["fill"])
        #expect(ContrastRatio.between(textFill, "#ffffff") >= 4.5)
        #expect(svg.all("text").allSatisfy { $0.attributes["fill"] == nil })
    }

    @Test("text from users is escaped in the SVG, its desc and the table")
    func escaping() throws {
        let html = HTMLReportRenderer.render(ChartFixture.document([.chart(ChartFixture.hostileChart)]))
        let root = try Self.page(html)
        #expect(!html.contains("<script>") && !html.contains("<issues>"))
        #expect(root.all("script").isEmpty)
        let svg = try #require(root.all("svg").first)
        #expect(svg.all("text").first?.allText == "<script>alert(1)</script>")
        #expect(svg.all("title").first?.allText == "Risks & <issues>")
        #expect(svg.all("desc").first?.allText == "Bar chart of 4 actions by lead: <script>alert(1)</script> 3, O'Brien & \"Sons\" 1.")
        #expect(ParsedPage(try Self.svgSource(html)) != nil)
    }

    @Test("two charts and a section called chart-title: every id on the page is unique and each SVG names its own")
    func uniqueIDs() throws {
        let clash = ReportSection(id: "chart-title", title: "Clash", blocks: [.chart(ChartFixture.hostileChart)])
        let html = HTMLReportRenderer.render(ChartFixture.document([.chart(ChartFixture.statusChart)], sections: [clash]))
        let root = try Self.page(html)
        let ids = root.descendants.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
        for svg in root.all("svg") {
            let named = svg.attributes["aria-labelledby"]?.split(separator: " ").map(String.init) ?? []
            #expect(named == [svg.all("title").first?.attributes["id"], svg.all("desc").first?.attributes["id"]].compactMap { $0 })
        }
    }

    @Test("a chart of nothing but zeros draws no bars and still says what it is")
    func allZero() throws {
        let chart = BarChart(caption: "Nothing yet", unit: "actions", category: "status", bars: [BarChart.Bar(label: "Complete", value: 0)])
        let root = try Self.page(HTMLReportRenderer.render(ChartFixture.document([.chart(chart)])))
        #expect(root.all("rect").isEmpty)
        #expect(root.all("desc").first?.allText == "Bar chart of 0 actions by status: Complete 0.")
    }
}
