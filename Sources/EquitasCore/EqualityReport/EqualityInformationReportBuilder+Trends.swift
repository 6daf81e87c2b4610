import Foundation

extension EqualityInformationReportBuilder {
    static func trends(_ trends: WorkforceTrends, control: DisclosureControl) -> ReportSection {
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
                        [trend.groups[index]] + trend.points.map { point in
                            point.shares[index].map(PercentText.percent) ?? (point.withheld(index) ? control.withheldText : "none")
                        }
                    })
            var blocks: [ReportBlock] = [.table(table)]
            if !trend.groups.isEmpty {
                blocks.append(.comparison(ComparisonChart(
                    caption: "\(trend.label) of our staff at each snapshot (per cent of those who told us)",
                    category: "group", series: dates.map(\.longForm),
                    rows: trend.groups.indices.map { index in ComparisonChart.Row(label: trend.groups[index], values: trend.points.map { $0.shares[index] }) },
                    missingText: missingText(control))))
            }
            return ReportSection(id: anchor("trends", trend.characteristic), title: trend.label, blocks: blocks)
        }
        return ReportSection(id: "trends", title: "How our staff have changed", blocks: [
            .paragraph("These figures compare our staff lists at \(list(dates.map(\.longForm))). A share reads "
                + "\"\(control.withheldText)\" when the rule hides it at that date (\(control.fewerThan) people, or hidden so that "
                + "such a group cannot be worked out), and \"none\" when nobody was in the group."),
            .table(overall),
        ], subsections: subsections)
    }
}
