extension ProgressReportBuilder {
    /// What moved between the previous report and this one: status changes, new
    /// updates, and actions that fell overdue. Each part says so when nothing happened,
    /// since "no change" is itself news to a committee. Left out of a first report.
    static func changes(_ context: ProgressReportContext) -> ReportSection? {
        guard let since = context.since else { return nil }
        let moved = context.progress.filter { !$0.statusChanges.isEmpty }
        let updated = context.progress.filter { !$0.newUpdates.isEmpty }
        let lapsed = context.progress.filter(\.becameOverdue)
        let moves = moved.reduce(0) { $0 + $1.statusChanges.count }
        let updates = updated.reduce(0) { $0 + $1.newUpdates.count }

        let intro = "Between \(since.longForm) and \(context.asOf.longForm): \(count(moves, "status change")), "
            + "\(count(updates, "new update")) and \(count(lapsed.count, "action")) newly overdue. "
            + "The tables of actions below mark each action that changed."

        let statusBlocks: [ReportBlock] = moved.isEmpty ? [.paragraph("No action changed status.")] : [
            .bullets(moved.flatMap { progress in
                progress.statusChanges.map { ReportItem("\(progress.title) — \($0.sentence)") }
            }),
        ]
        let updateBlocks: [ReportBlock] = updated.isEmpty ? [.paragraph("No updates were added.")] : [
            .bullets(updated.flatMap { progress in
                progress.newUpdates.map { ReportItem("\(progress.title) — \($0.date.longForm), \($0.author): \($0.text)") }
            }),
        ]
        let lapsedBlocks: [ReportBlock] = lapsed.isEmpty ? [.paragraph("No action became overdue.")] : [
            .bullets(lapsed.map { progress in
                let action = progress.action.action.value
                let due = action.timescale?.dueDate?.longForm ?? ""
                let lead = action.leadId == nil ? "no lead" : "lead: \(context.leadName(action))"
                return ReportItem("\(progress.title) — due \(due), \(progress.status.label.lowercased()), \(lead)")
            }),
        ]
        return ReportSection(
            id: "changes", title: "What changed since \(since.longForm)", blocks: [.paragraph(intro)],
            subsections: [
                ReportSection(id: "status-changes", title: "Status changes", blocks: statusBlocks),
                ReportSection(id: "new-updates", title: "New updates", blocks: updateBlocks),
                ReportSection(id: "newly-overdue", title: "Newly overdue", blocks: lapsedBlocks),
            ])
    }
}
