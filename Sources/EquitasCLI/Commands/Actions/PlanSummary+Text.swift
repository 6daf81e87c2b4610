import EquitasCore

extension PlanSummary {
    /// The summary as a terminal reads it: one line per status, then per module and lead.
    var text: String {
        var lines = ["\(planTitle)", "As at \(asOf.longForm): \(totalActions) actions in \(totalItems) items, \(overdue) overdue.", ""]
        lines.append("By status")
        for status in byStatus where status.count > 0 { lines.append("  \(status.label): \(status.count)") }
        lines.append("")
        lines.append("By response")
        for response in itemsByResponse where response.count > 0 { lines.append("  \(response.label): \(response.count)") }
        lines.append("")
        lines.append("By module")
        for module in byModule { lines.append("  \(module.title): \(Self.counts(module.totalActions, module.byStatus, module.overdue))") }
        lines.append("")
        lines.append("By lead officer")
        for lead in byLead { lines.append("  \(lead.name): \(Self.counts(lead.totalActions, lead.byStatus, lead.overdue))") }
        return lines.joined(separator: "\n")
    }

    /// "5 actions (2 complete, 3 on track), 1 overdue"
    private static func counts(_ total: Int, _ byStatus: [StatusCount], _ overdue: Int) -> String {
        let parts = byStatus.filter { $0.count > 0 }.map { "\($0.count) \($0.label.lowercased())" }
        let overdueText = overdue > 0 ? ", \(overdue) overdue" : ""
        return "\(total) action\(total == 1 ? "" : "s") (\(parts.joined(separator: ", ")))\(overdueText)"
    }
}

extension DueAction {
    /// "2026-01-31  OVERDUE 296 days  4.2  Publish a register …  (Grace Oyelaran; off track)"
    var line: String {
        let when = overdue ? "overdue by \(daysOverdue ?? 0) days" : daysLeft == 0 ? "due today" : "due in \(daysLeft ?? 0) days"
        return "\(dueDate)  \(when)  \(reference)  \(description)  (\(leadName ?? "no lead"); \(status.label.lowercased()); \(planTitle))"
    }
}
