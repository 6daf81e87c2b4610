import Foundation

extension EqualityInformationReportBuilder {
    static func trends(_ trends: WorkforceTrends) -> ReportSection {
        let dates = trends.snapshots.map(\.date)
        let overall = ReportTable(
            caption: "Staff and the gender pay gap at each snapshot", header: ["Snapshot", "Staff", "Mean hourly pay gap", "Median hourly pay gap"],
            rows: trends.snapshots.map { [$0.date.longForm, String($0.headcount), percent($0.meanHourlyGap), percent($0.medianHourlyGap)] })
        let subsections = trends.characteristics.map { trend in
            let table = ReportTable(
                caption: "\(trend.label): share of those who told us, at each snapshot",
                header: ["Group"] + dates.map(\.longForm),
                rows: [["Told us (disclosure rate)"] + trend.points.map { percent($0.disclosureRate) }]
                    + trend.groups.indices.map { index in
                        [trend.groups[index]] + trend.points.map { $0.shares[index].map(PercentText.percent) ?? "not shown" }
                    })
            var blocks: [ReportBlock] = [.table(table)]
            if !trend.groups.isEmpty {
                blocks.append(.comparison(ComparisonChart(
                    caption: "\(trend.label) of our staff at each snapshot (per cent of those who told us)",
                    category: "group", series: dates.map(\.longForm),
                    rows: trend.groups.indices.map { index in ComparisonChart.Row(label: trend.groups[index], values: trend.points.map { $0.shares[index] }) })))
            }
            return ReportSection(id: anchor("trends", trend.characteristic), title: trend.label, blocks: blocks)
        }
        return ReportSection(id: "trends", title: "How our staff have changed", blocks: [
            .paragraph("These figures compare our staff lists at \(list(dates.map(\.longForm))). A share is \"not shown\" when the "
                + "group had fewer than ten people at that date or nobody at all."),
            .table(overall),
        ], subsections: subsections)
    }
}
