import EquitasCore

/// `/action-plans/{id}`: where the plan stands today, the files to take away, and every
/// item with its actions. Forms and edit links appear only for those who may change it.
enum ActionPlanPage {
    /// What `?done=` says after a change, in words.
    static let doneMessages: [String: String] = [
        "item": "The response has been saved.",
        "action-added": "The action has been added.",
        "imported": "The changes from your spreadsheet have been applied.",
        "unchanged": "Your spreadsheet matched the plan, so nothing was changed.",
        "reported": "The committee report has been recorded. Updates dated on or before its date can no longer be corrected.",
        "report-removed": "The committee report has been removed. The plan's history of changes keeps what it said.",
    ]

    /// The "report made to a committee" form as typed, with its problems.
    struct CommitteeFormState {
        var committee: String? = nil
        var date: String? = nil
        var errors = FormErrors()
    }

    static func layout(
        _ view: PlanView, done: String?, csrf: String?, reports: [Identified<CommitteeReport>] = [], committeeForm: CommitteeFormState = CommitteeFormState()
    ) -> PageLayout {
        let plan = view.record.plan.value
        var content: [Node] = [
            committeeForm.errors.summary,
            PlanPageParts.breadcrumbs([(PlanPaths.register, "Action plans")]),
            PlanPageParts.notification(done.flatMap { doneMessages[$0] }),
            .h1([], .text(plan.title)),
            .p([.class("lead")], .text(view.councilName)),
        ]
        if let monitoredBy = plan.monitoredBy { content.append(.p([], .text("Monitored by \(monitoredBy).")))}
        content += summary(view)
        content += downloads(view)
        content += committeeReports(view, reports, form: committeeForm, csrf: csrf)
        if view.mayWrite {
            content += [.h2([], "Upload a changed spreadsheet"), PlanImportForm.node(planId: view.planId, csrf: csrf)]
        }
        content.append(.h2([], "Items"))
        content += view.record.items.map { item(view, $0) }
        return PageLayout(title: committeeForm.errors.titlePrefix + plan.title, content: content, currentPath: PlanPaths.plan(view.planId))
    }

    private static func summary(_ view: PlanView) -> [Node] {
        let summary = view.summary
        let rows = summary.byStatus.map { count in
            Node.tr([], .th(scope: .row, [], .text(count.label)), .td([], .text(String(count.count))))
        }
        return [
            .h2([], "Summary"),
            .p([], .text("As at \(view.today.longForm): \(summary.totalActions) actions across \(summary.totalItems) items.")),
            .table(
                [],
                .caption([], "Actions by status"),
                .thead([], .tr([], .th(scope: .col, [], "Status"), .th(scope: .col, [], "Actions"))),
                .tbody(
                    [], .fragment(rows),
                    .tr([], .th(scope: .row, [], "Overdue (also counted under their status)"), .td([], .text(String(summary.overdue)))))),
        ]
    }

    private static func downloads(_ view: PlanView) -> [Node] {
        let id = view.planId
        let links: [(String, String)] = [
            (PlanPaths.export(id, "xlsx"), "Download the plan as a spreadsheet (XLSX)"),
            (PlanPaths.export(id, "csv"), "Download the plan as a CSV file"),
            (PlanPaths.progressReport(id, "docx"), "Download the committee progress report (Word)"),
            (PlanPaths.progressReport(id, "pdf"), "Download the committee progress report (PDF)"),
            (PlanPaths.progressReport(id, "html"), "Download the committee progress report (web page)"),
            (PlanPaths.progressReport(id, "md"), "Download the committee progress report (Markdown)"),
        ]
        return [
            .h2([], "Downloads"), .ul([], .fragment(links.map { .li([], .a(href: $0.0, .text($0.1))) })),
            .p([], .a(href: Site.actionPlanChanges.path(id), "Who changed what in this plan, and when")),
        ]
    }

    /// The committee reports made so far, and for those who may change the plan, the form
    /// that records the next: from then on the updates it showed stand as reported.
    /// The latest report, the only one that may be taken back, has a button to remove it.
    private static func committeeReports(
        _ view: PlanView, _ reports: [Identified<CommitteeReport>], form: CommitteeFormState, csrf: String?
    ) -> [Node] {
        var nodes: [Node] = [.h2([], "Reports to committees")]
        if reports.isEmpty {
            nodes.append(.p([], "No committee report has been recorded yet."))
        } else {
            let latest = reports.last?.id
            nodes.append(.ul([], .fragment(reports.reversed().map { report in
                let line = Node.text("Presented to \(report.value.words), recorded by \(report.value.recordedBy)")
                guard view.mayWrite, report.id == latest else { return .li([], line) }
                return .li([], line, FormControls.postButton(
                    "Remove this report", context: "to \(report.value.words)",
                    action: Site.actionPlanCommitteeReportDeletePost.path(view.planId, report.id), csrf: csrf, warning: true))
            })))
        }
        guard view.mayWrite else { return nodes }
        let errors = form.errors
        return nodes + [
            .p([], .text("Once the progress report has been presented, record it here. Updates dated on or before the meeting then stand as reported: their authors can no longer correct or remove them.")),
            .form(
                action: PlanPaths.committeeReports(view.planId), method: .post, [],
                FormControls.csrf(csrf),
                FormControls.text("committee", label: "Committee", value: form.committee, hint: "For example, Audit and Standards Committee", error: errors["committee"]),
                FormControls.text("date", label: "Date of the meeting", value: form.date ?? view.today.description, error: errors["date"], type: "date"),
                FormControls.submit("Record the committee report", secondary: true)),
        ]
    }

    private static func item(_ view: PlanView, _ record: PlanItemRecord) -> Node {
        let item = record.item.value
        let number = item.number
        var facts: [Node] = [
            fact("Module", view.moduleTitle(item)),
            fact("Recommendation", item.text),
            fact("Response", item.response?.label ?? "Not answered yet"),
        ]
        if let rationale = item.rationale { facts.append(fact("Rationale", rationale)) }
        return .section(
            [.id(PlanPaths.itemAnchor(number)), .class("report-item")],
            .h3([], .text("Item \(number)")),
            .dl([.class("summary-list")], .fragment(facts)),
            view.mayWrite
                ? .p([], .a(href: PlanPaths.editItem(view.planId, record.item.id), "Edit the response", .span([.class("visually-hidden")], .text(" to item \(number)"))))
                : .empty,
            record.actions.isEmpty ? .p([], "No actions yet.") : PlanActionsTable.node(view, record),
            view.mayWrite
                ? .p([], .a(href: PlanPaths.newAction(view.planId, record.item.id), .text("Add an action to item \(number)")))
                : .empty)
    }

    private static func fact(_ key: String, _ value: String) -> Node {
        .div([], .dt([], .text(key)), .dd([], .text(value)))
    }
}
