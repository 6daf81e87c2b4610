import EquitasCore

/// `/action-plans/{id}/actions/{action}`: one action, its whole history of updates
/// (newest first), and for those who may, the form to add the next update.
enum PlanActionPage {
    static let doneMessages: [String: String] = [
        "update": "The progress update has been added.",
        "action": "The action has been saved.",
        "corrected": "Your progress update has been corrected.",
        "removed": "Your progress update has been removed.",
    ]

    static func layout(
        _ view: PlanView, item: PlanItemRecord, action record: PlanActionRecord, number: Int, done: String?,
        form: PlanUpdateForm, errors: FormErrors, author: String, csrf: String?, corrections: PlanCorrections
    ) -> PageLayout {
        let action = record.action.value
        let heading = "Item \(item.item.value.number), action \(number)"
        var content: [Node] = [
            errors.summary,
            PlanPageParts.breadcrumbs(view.trail),
            PlanPageParts.notification(done.flatMap { doneMessages[$0] }),
            .h1([], .text(heading)),
            .dl(
                [.class("summary-list")],
                fact("Action", .text(action.description)),
                fact("Lead officer", .text(view.vocabulary.personName(action.leadId) ?? "Not named yet")),
                fact("Timescale", .text(action.timescale?.label ?? "Not set yet")),
                fact("Monitored by", .text(action.monitoredBy ?? "Not named")),
                fact("Status", PlanPageParts.statusTag(action.status, overdue: action.isOverdue(on: view.today))),
                fact("Recommendation", .text("Item \(item.item.value.number): \(item.item.value.text)"))),
        ]
        if view.mayWrite {
            content.append(
                .p([], .a(href: PlanPaths.editAction(view.planId, record.action.id), "Change this action", .span([.class("visually-hidden")], .text(" (\(heading.lowercased()))")))))
        }
        content += history(view, record, corrections: corrections, csrf: csrf)
        if view.mayWrite { content += updateForm(view, record, form: form, errors: errors, author: author, csrf: csrf) }
        return PageLayout(title: errors.titlePrefix + heading, content: content)
    }

    /// The updates, newest first; the person's own since the last committee report each
    /// with its "Change" link and "Remove" button.
    private static func history(_ view: PlanView, _ record: PlanActionRecord, corrections: PlanCorrections, csrf: String?) -> [Node] {
        guard !record.updates.isEmpty else { return [.h2([], "Progress updates"), .p([], "No updates yet.")] }
        let correcting = !corrections.changeable.isEmpty
        let rows = record.updates.reversed().map { entry in
            let update = entry.value
            let path = PlanPaths.update(view.planId, record.action.id, entry.id)
            let change: Node = corrections.changeable.contains(entry.id)
                ? .td(
                    [],
                    .a(href: path + "/edit", "Change", .span([.class("visually-hidden")], .text(" your update of \(update.date.longForm)"))),
                    FormControls.postButton("Remove", action: path + "/delete", csrf: csrf, warning: true))
                : .td([], .empty)
            return Node.tr(
                [],
                .th(scope: .row, [], .text(update.date.longForm)),
                .td([], .text(update.author)),
                .td([], .text(update.text)),
                .td([], .text(moved(update))),
                correcting ? change : .empty)
        }
        let reported: Node = corrections.lastReport.map { report in
            .p([], .text("Updates dated on or before \(report.date.longForm) were reported to \(report.committee) and stand as reported: put anything right with a new update."))
        } ?? .empty
        return [
            .h2([], "Progress updates"),
            reported,
            .table(
                [],
                .caption([.class("visually-hidden")], "Progress updates, newest first"),
                .thead(
                    [],
                    .tr([], .th(scope: .col, [], "Date"), .th(scope: .col, [], "By"), .th(scope: .col, [], "Update"), .th(scope: .col, [], "Status"),
                        correcting ? .th(scope: .col, [], "Your update") : .empty)),
                .tbody([], .fragment(rows))),
        ]
    }

    /// "On track → Complete", or that the update moved nothing.
    private static func moved(_ update: ProgressUpdate) -> String {
        guard let status = update.status else { return "No change" }
        guard let previous = update.previousStatus else { return status.label }
        return "\(previous.label) → \(status.label)"
    }

    private static func updateForm(
        _ view: PlanView, _ record: PlanActionRecord, form: PlanUpdateForm, errors: FormErrors, author: String, csrf: String?
    ) -> [Node] {
        let current = record.action.value.status
        return [
            .h2([], "Add a progress update"),
            .p([], .text("The update is recorded as written by \(author).")),
            .form(
                action: PlanPaths.updates(view.planId, record.action.id), method: .post, [],
                FormControls.csrf(csrf),
                FormControls.text("date", label: "Date of the update", value: form.date, error: errors["date"], type: "date"),
                FormControls.textArea("text", label: "What has happened", value: form.text, error: errors["text"], rows: 4),
                FormControls.select(
                    "status", label: "New status (optional)",
                    options: [("", "No change (stays \(current.label.lowercased()))")] + PlanActionStatus.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.status ?? "", error: errors["status"]),
                FormControls.submit("Add the update")),
        ]
    }

    private static func fact(_ key: String, _ value: Node) -> Node {
        .div([], .dt([], .text(key)), .dd([], value))
    }
}
