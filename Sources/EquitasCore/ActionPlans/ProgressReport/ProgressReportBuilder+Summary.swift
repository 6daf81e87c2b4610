extension ProgressReportBuilder {
    /// The summary in words, the status chart, then the same counts by module and by
    /// lead officer.
    static func summary(_ context: ProgressReportContext) -> ReportSection {
        let summary = context.summary
        var blocks: [ReportBlock] = [.paragraph(actionsSentence(summary)), .paragraph(itemsSentence(summary))]
        if let monitoredBy = context.record.plan.value.monitoredBy {
            blocks.append(.paragraph("The plan is monitored by \(monitoredBy)."))
        }
        guard summary.totalActions > 0 else { return ReportSection(id: "summary", title: "Summary", blocks: blocks) }

        blocks.append(.chart(statusChart(summary)))
        // A plan with no modules at all would get a one-row "No module" table: left out.
        if summary.byModule.contains(where: { $0.module != nil }) {
            blocks.append(.table(ReportTable(
                caption: "Actions by module at \(summary.asOf.longForm)",
                header: ["Module"] + tallyHeader,
                rows: summary.byModule.map { [$0.title] + tallyCells(total: $0.totalActions, byStatus: $0.byStatus, overdue: $0.overdue) })))
        }
        blocks.append(.table(ReportTable(
            caption: "Actions by lead officer at \(summary.asOf.longForm)",
            header: ["Lead officer"] + tallyHeader,
            rows: summary.byLead.map { [$0.name] + tallyCells(total: $0.totalActions, byStatus: $0.byStatus, overdue: $0.overdue) })))
        return ReportSection(id: "summary", title: "Summary", blocks: blocks)
    }

    static func statusChart(_ summary: PlanSummary) -> BarChart {
        BarChart(
            caption: "Actions by status at \(summary.asOf.longForm)", unit: "actions", category: "status",
            bars: summary.byStatus.map { BarChart.Bar(label: $0.label, value: $0.count, tone: tone($0.status)) })
    }

    static func tone(_ status: PlanActionStatus) -> ChartTone {
        switch status {
        case .notStarted, .closedNotNeeded: .neutral
        case .onTrack: .positive
        case .atRisk: .caution
        case .offTrack: .negative
        case .complete: .complete
        }
    }

    static var tallyHeader: [String] { ["Actions"] + PlanActionStatus.allCases.map(\.label) + ["Overdue"] }

    static func tallyCells(total: Int, byStatus: [StatusCount], overdue: Int) -> [String] {
        [String(total)] + byStatus.map { String($0.count) } + [String(overdue)]
    }

    /// "Of 52 actions at 30 June 2022, 18 are complete, 20 are on track, … and 2 have
    /// been closed as not needed. 4 are overdue: past their due date and not finished."
    /// Finished work first, as a committee reads it; statuses with none are left out.
    static func actionsSentence(_ summary: PlanSummary) -> String {
        guard summary.totalActions > 0 else { return "The plan has no actions yet." }
        let order: [PlanActionStatus] = [.complete, .onTrack, .atRisk, .offTrack, .notStarted, .closedNotNeeded]
        let parts = order.compactMap { status -> String? in
            let n = summary.count(status)
            guard n > 0 else { return nil }
            let (singular, plural) = phrase(status)
            return "\(n) \(n == 1 ? singular : plural)"
        }
        let overdue: String
        switch summary.overdue {
        case 0: overdue = "None is overdue."
        case 1: overdue = "1 is overdue: past its due date and not finished."
        case let n: overdue = "\(n) are overdue: past their due date and not finished."
        }
        return "Of \(count(summary.totalActions, "action")) at \(summary.asOf.longForm), \(list(parts)). \(overdue)"
    }

    private static func phrase(_ status: PlanActionStatus) -> (String, String) {
        switch status {
        case .complete: ("is complete", "are complete")
        case .onTrack: ("is on track", "are on track")
        case .atRisk: ("is at risk", "are at risk")
        case .offTrack: ("is off track", "are off track")
        case .notStarted: ("has not started", "have not started")
        case .closedNotNeeded: ("has been closed as not needed", "have been closed as not needed")
        }
    }

    /// "The plan has 35 items: 30 agreed, 3 agreed with a different approach and 1 not
    /// agreed; 1 is not yet answered."
    static func itemsSentence(_ summary: PlanSummary) -> String {
        guard summary.totalItems > 0 else { return "The plan has no items yet." }
        let answered = summary.itemsByResponse.filter { $0.response != nil && $0.count > 0 }
            .map { "\($0.count) \($0.label.lowercased())" }
        let unanswered = summary.itemsByResponse.first { $0.response == nil }?.count ?? 0
        let opening = "The plan has \(count(summary.totalItems, "item"))"
        if answered.isEmpty { return opening + ", none answered yet." }
        let rest = unanswered == 0 ? "" : "; \(unanswered) \(unanswered == 1 ? "is" : "are") not yet answered"
        return opening + ": " + list(answered) + rest + "."
    }
}
