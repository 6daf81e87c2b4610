extension ProgressReportBuilder {
    /// Every overdue action, longest overdue first.
    static func overdue(_ context: ProgressReportContext) -> ReportSection {
        let lines = context.dueList.filter(\.overdue)
        let blocks: [ReportBlock] = lines.isEmpty ? [.paragraph("No action is overdue at \(context.asOf.longForm).")] : [
            .table(ReportTable(
                caption: "Overdue at \(context.asOf.longForm)",
                header: ["Ref", "Action", "Lead", "Due", "Days overdue", "Status"],
                rows: lines.map { [$0.reference, $0.description, lead($0), $0.dueDate.longForm, String($0.daysOverdue ?? 0), $0.status.label] })),
        ]
        return ReportSection(id: "overdue", title: "Overdue actions", blocks: blocks)
    }

    /// Unfinished actions due from the report's date to three calendar months on,
    /// soonest first: what the committee should expect to hear about next time.
    static func dueSoon(_ context: ProgressReportContext) -> ReportSection {
        let lines = context.dueList.filter { !$0.overdue }
        let window = "\(context.asOf.longForm) to \(context.horizon.longForm)"
        let blocks: [ReportBlock] = lines.isEmpty ? [.paragraph("No action is due from \(window).")] : [
            .table(ReportTable(
                caption: "Due from \(window)",
                header: ["Ref", "Action", "Lead", "Due", "Days left", "Status"],
                rows: lines.map { [$0.reference, $0.description, lead($0), $0.dueDate.longForm, String($0.daysLeft ?? 0), $0.status.label] })),
        ]
        return ReportSection(id: "due-soon", title: "Due in the next three months", blocks: blocks)
    }

    /// "No lead" when there is none; "Unknown person" when the id names no one known.
    static func lead(_ line: DueAction) -> String {
        guard line.leadId != nil else { return LeadSummary.noLeadName }
        return line.leadName ?? LeadSummary.unknownName
    }
}
