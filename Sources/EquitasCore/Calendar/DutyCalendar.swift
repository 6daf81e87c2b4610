import Foundation

/// A council's equality duty calendar between two days: the statutory dates
/// (`StatutoryDuties`: the pay gap snapshot and deadline, the yearly equality
/// information, the end of its award, impact assessment reviews, its equality
/// objectives' progress and renewal, its committees' meetings), and the due dates of
/// its plans' unfinished actions. One list, soonest first, for the calendar page, the
/// `equitas calendar` command and the iCalendar feed alike.
public enum DutyCalendar {
    public static func entries(
        organisationId: UUID, duties: [ReminderInput.Duty], plans: [ActionPlanRecord], from: CalendarDate, to: CalendarDate
    ) -> [CalendarEntry] {
        var entries = duties.filter { $0.organisationId == organisationId && from <= $0.date && $0.date <= to }.map { duty in
            CalendarEntry(
                uid: "duty-\(organisationId.uuidString.lowercased())-\(duty.date)-\(slug(duty.title))@equitas",
                date: duty.date, summary: duty.title, category: category(duty.title))
        }
        for plan in plans where plan.plan.value.organisationId == organisationId {
            for (item, action) in plan.actions {
                let value = action.action.value
                guard !value.status.isFinished, let due = value.timescale?.dueDate, from <= due, due <= to else { continue }
                entries.append(CalendarEntry(
                    uid: "action-\(action.action.id.uuidString.lowercased())@equitas", date: due,
                    summary: "Action due: \(value.description)",
                    detail: "\(plan.plan.value.title), item \(item.item.value.number). Status: \(value.status.label).",
                    category: "Action"))
            }
        }
        return entries.sorted { ($0.date, $0.category, $0.summary) < ($1.date, $1.category, $1.summary) }
    }

    static func category(_ title: String) -> String {
        if title.hasPrefix("Impact assessment") { return "Impact assessment" }
        if title.hasPrefix("Equality framework award") { return "Award" }
        if title.hasPrefix("Equality objective") { return "Objective" }
        if title.hasPrefix("Committee:") { return "Committee" }
        return "Statutory"
    }

    /// A UID part from a title: lower-case letters and digits, hyphen-joined.
    static func slug(_ text: String) -> String {
        text.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? String($0) : "-" }.joined()
            .split(separator: "-").prefix(8).joined(separator: "-")
    }

    /// The calendar as text, one line per entry: "2026-03-30  Statutory  Gender pay gap: …"
    public static func text(_ entries: [CalendarEntry]) -> String {
        entries.map { "\($0.date)  \($0.category.padding(toLength: 17, withPad: " ", startingAt: 0))  \($0.summary)" }.joined(separator: "\n")
    }
}
