import EquitasCore

/// `/action-plans`: the plans the person may see, each with how its actions stand today.
enum ActionPlanRegisterPage {
    static func layout(_ entries: [PlanRegisterEntry]) -> PageLayout {
        var content: [Node] = [
            .h1([], "Action plans"),
            .p([.class("lead")], "The plans councils are working through after a peer challenge, and where their actions stand today."),
        ]
        if entries.isEmpty {
            content.append(.p([], "There are no action plans for you to see yet."))
        } else {
            content.append(table(entries))
        }
        return PageLayout(title: "Action plans", content: content, currentPath: PlanPaths.register)
    }

    private static func table(_ entries: [PlanRegisterEntry]) -> Node {
        .table(
            [],
            .caption([], "Action plans, newest first"),
            .thead(
                [],
                .tr(
                    [], .th(scope: .col, [], "Plan"), .th(scope: .col, [], "Council"), .th(scope: .col, [], "Challenge answered"),
                    .th(scope: .col, [], "Actions"), .th(scope: .col, [], "Actions by status"), .th(scope: .col, [], "Overdue"))),
            .tbody([], .fragment(entries.map(row))))
    }

    private static func row(_ entry: PlanRegisterEntry) -> Node {
        let counted = entry.summary.byStatus.filter { $0.count > 0 }
        return .tr(
            [],
            .th(scope: .row, [], .a(href: PlanPaths.plan(entry.plan.id), .text(entry.plan.value.title))),
            .td([], .text(entry.councilName)),
            .td([], .text(entry.challenge ?? "None: the council's own plan")),
            .td([], .text(String(entry.summary.totalActions))),
            .td([], counted.isEmpty ? "No actions yet" : .ul([], .fragment(counted.map { .li([], .text("\($0.label): \($0.count)")) }))),
            .td([], .text(String(entry.summary.overdue))))
    }
}
