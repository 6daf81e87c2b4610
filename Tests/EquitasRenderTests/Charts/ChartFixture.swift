import EquitasCore

/// Documents with bar charts in them, built by hand for the chart renderer tests.
enum ChartFixture {
    static let date = CalendarDate(year: 2022, month: 6, day: 30)!

    /// 50 actions by status, one bar of each tone and one empty bar.
    static let statusChart = BarChart(
        caption: "Actions by status at 30 June 2022", unit: "actions", category: "status",
        bars: [
            BarChart.Bar(label: "Not started", value: 4, tone: .neutral),
            BarChart.Bar(label: "On track", value: 20, tone: .positive),
            BarChart.Bar(label: "At risk", value: 6, tone: .caution),
            BarChart.Bar(label: "Off track", value: 2, tone: .negative),
            BarChart.Bar(label: "Complete", value: 18, tone: .complete),
            BarChart.Bar(label: "Closed as not needed", value: 0),
        ])

    static let hostileChart = BarChart(
        caption: "Risks & <issues>", unit: "actions", category: "lead",
        bars: [
            BarChart.Bar(label: "<script>alert(1)</script>", value: 3, tone: .negative),
            BarChart.Bar(label: "O'Brien & \"Sons\"", value: 1),
        ])

    static func document(_ blocks: [ReportBlock], sections extra: [ReportSection] = []) -> ReportDocument {
        ReportDocument(
            properties: DocumentProperties(title: "Action plan progress report", subject: "Equality action plan", author: "Wyvern Vale District Council", date: date),
            titlePage: TitlePage(
                kicker: "Action plan progress report", organisations: ["Wyvern Vale District Council"],
                framework: "Equality action plan 2021", dates: "Position at 30 June 2022", versionLabel: "Progress since 31 March 2022"),
            sections: [ReportSection(id: "summary", title: "Summary", blocks: blocks)] + extra)
    }
}
