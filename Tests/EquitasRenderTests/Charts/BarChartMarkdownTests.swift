import EquitasCore
@testable import EquitasRender
import Testing

@Suite("Bar charts in Markdown")
struct BarChartMarkdownTests {
    @Test("a chart is its caption and a table of its figures")
    func table() {
        let markdown = MarkdownReportRenderer.render(ChartFixture.document([.chart(ChartFixture.statusChart)]))
        #expect(markdown.contains("""
        **Actions by status at 30 June 2022**

        | Status | Actions |
        | --- | --- |
        | Not started | 4 |
        | On track | 20 |
        | At risk | 6 |
        | Off track | 2 |
        | Complete | 18 |
        | Closed as not needed | 0 |
        """))
    }

    @Test("labels cannot break the table or open HTML")
    func escaping() {
        let markdown = MarkdownReportRenderer.render(ChartFixture.document([.chart(ChartFixture.hostileChart)]))
        #expect(markdown.contains("| &lt;script>alert(1)&lt;/script> | 3 |"))
        #expect(!markdown.contains("<script>"))
    }
}
