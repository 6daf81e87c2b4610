import EquitasCore
import Foundation

/// The first page after signing in: the person's challenges, the actions that need
/// chasing, and (for those who run challenges) the way to set up a new one.
enum DashboardPage {
    static let path = Site.dashboard.path

    static func layout(_ summary: DashboardSummary, context: PageContext) -> PageLayout {
        var content: [Node] = [
            .h1([], "Dashboard"),
            .p([.class("lead")], .text("Signed in as \(context.accountName ?? "") (\(context.actor.role.label.lowercased())).")),
        ]
        if context.may(.write, .challengeRegister) {
            content.append(.p([], .a(href: Site.challengesNew.path, "Set up a new challenge")))
        }
        content.append(.h2([.id("tasks-heading")], "What awaits you"))
        content.append(DashboardTaskList.node(summary.tasks, labelledBy: "tasks-heading"))
        content.append(.h2([.id("challenges-heading")], "Your challenges"))
        content.append(challenges(summary))
        if let due = summary.dueActions {
            content.append(.h2([.id("due-heading")], "Actions due or overdue"))
            content.append(dueTable(due))
        }
        if let calendar = summary.calendar {
            content.append(.h2([.id("calendar-heading")], "Coming up"))
            content.append(calendar.entries.isEmpty
                ? .p([], "Nothing in the equality duty calendar in the next 90 days.")
                : .ul([.aria("labelledby", "calendar-heading")], .fragment(calendar.entries.map { Node.li([], .strong([], .text($0.date.longForm + ": ")), .text($0.summary)) })))
            content.append(.p([], .a(href: Site.organisationCalendar.path(calendar.organisationId), "The equality duty calendar")))
        }
        return PageLayout(title: "Dashboard", content: content, currentPath: path)
    }

    private static func challenges(_ summary: DashboardSummary) -> Node {
        guard !summary.challenges.isEmpty else { return .p([], "There are no challenges for you to see yet.") }
        let rows = summary.challenges.map { entry in
            Node.tr(
                [],
                .th(
                    scope: .row, [],
                    .a(href: Site.challenge.path(entry.id), .text(entry.name))),
                .td([], .text(entry.framework)),
                .td([], .strong([.class("tag")], .text(FormErrors.sentence(entry.status.label)))))
        }
        var nodes: [Node] = [
            .table(
                [.aria("labelledby", "challenges-heading")],
                .thead([], .tr([], .th(scope: .col, [], "Challenge"), .th(scope: .col, [], "Framework"), .th(scope: .col, [], "Status"))),
                .tbody([], .fragment(rows)))
        ]
        if summary.totalChallenges > summary.challenges.count {
            nodes.append(.p([], .a(href: Site.challenges.path, .text("See all \(summary.totalChallenges) challenges"))))
        }
        return .fragment(nodes)
    }

    private static func dueTable(_ due: [DueAction]) -> Node {
        guard !due.isEmpty else {
            return .p([], .text("No actions are overdue or due in the next \(DashboardSummary.dueWithinDays) days."))
        }
        let rows = due.map { action in
            Node.tr(
                [],
                .th(scope: .row, [], .text("\(action.reference) \(action.description)")),
                .td([], .a(href: Site.actionPlan.path(action.planId), .text(action.planTitle))),
                .td([], .text(action.leadName ?? "No lead")),
                .td([], .text(action.dueDate.longForm)),
                .td([], when(action)))
        }
        return .table(
            [.aria("labelledby", "due-heading")],
            .thead(
                [],
                .tr(
                    [], .th(scope: .col, [], "Action"), .th(scope: .col, [], "Plan"), .th(scope: .col, [], "Lead"),
                    .th(scope: .col, [], "Due"), .th(scope: .col, [], "When"))),
            .tbody([], .fragment(rows)))
    }

    /// "Overdue by 12 days" as a tag; otherwise how long is left.
    private static func when(_ action: DueAction) -> Node {
        if action.overdue {
            let days = action.daysOverdue ?? 0
            return .strong([.class("tag tag-overdue")], .text("Overdue by \(days) day\(days == 1 ? "" : "s")"))
        }
        let days = action.daysLeft ?? 0
        return .text(days == 0 ? "Due today" : "In \(days) day\(days == 1 ? "" : "s")")
    }
}
