import EquitasCore
import Foundation

/// Pieces the register's pages share: the breadcrumbs and the renewal date in words.
enum EqualityObjectiveParts {
    static func crumbs(_ council: Identified<Organisation>, current: String) -> Node {
        DirectoryBreadcrumbs.node(
            [
                (OrganisationPages.path, "Organisations"), (Site.organisation.path(council.id), council.value.name),
                (EqualityObjectivePaths.register(council.id), "Equality objectives"),
            ],
            current: current)
    }

    /// The renewal date, with "Renewal overdue" or "Renew within a year" in words as well as colour.
    static func renewal(_ value: EqualityObjective, today: CalendarDate) -> Node {
        let due = value.renewalDue
        if due < today { return .fragment([.text(due.longForm + " "), .strong([.class("tag tag-overdue")], "Renewal overdue")]) }
        if due <= today.adding(years: 1) { return .fragment([.text(due.longForm + " "), .strong([.class("tag")], "Renew within a year")]) }
        return .text(due.longForm)
    }

    /// "2027, 2028" or "None": the years some measure still lacks progress for, up to this one.
    static func awaiting(_ value: EqualityObjective, today: CalendarDate) -> String {
        let years = value.yearsAwaitingProgress.filter { value.progressDue(in: $0) <= today }
        return years.isEmpty ? "None" : years.map(String.init).joined(separator: ", ")
    }
}
