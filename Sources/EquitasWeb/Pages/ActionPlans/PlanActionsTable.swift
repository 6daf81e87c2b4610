import EquitasCore

/// An item's actions as a table: each action links to its own page, where its whole
/// history is; here only the latest update shows, as in the council's spreadsheet.
enum PlanActionsTable {
    static func node(_ view: PlanView, _ item: PlanItemRecord) -> Node {
        let number = item.item.value.number
        return .table(
            [],
            .caption([], .text("Actions for item \(number)")),
            .thead(
                [],
                .tr(
                    [], .th(scope: .col, [], "Action"), .th(scope: .col, [], "Lead officer"), .th(scope: .col, [], "Timescale"),
                    .th(scope: .col, [], "Status"), .th(scope: .col, [], "Latest update"))),
            .tbody([], .fragment(item.actions.map { row(view, $0) })))
    }

    private static func row(_ view: PlanView, _ record: PlanActionRecord) -> Node {
        let action = record.action.value
        return .tr(
            [],
            .th(scope: .row, [], .a(href: PlanPaths.action(view.planId, record.action.id), .text(action.description))),
            .td([], .text(view.vocabulary.personName(action.leadId) ?? "Not named yet")),
            .td([], .text(action.timescale?.label ?? "Not set yet")),
            .td([], PlanPageParts.statusTag(action.status, overdue: action.isOverdue(on: view.today))),
            .td([], latest(record.latestUpdate)))
    }

    private static func latest(_ update: ProgressUpdate?) -> Node {
        guard let update else { return "No updates yet" }
        return .fragment([.p([], .text(update.text)), .p([.class("hint")], .text("\(update.date.longForm), by \(update.author)"))])
    }
}
