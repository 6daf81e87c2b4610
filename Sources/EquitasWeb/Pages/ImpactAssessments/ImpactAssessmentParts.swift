import EquitasCore
import Foundation

/// Pieces the register's pages share: the breadcrumbs and the words for dates and states.
enum ImpactAssessmentParts {
    static func crumbs(_ council: Identified<Organisation>, current: String) -> Node {
        DirectoryBreadcrumbs.node(
            [
                (OrganisationPages.path, "Organisations"), (Site.organisation.path(council.id), council.value.name),
                (ImpactAssessmentPaths.register(council.id), "Impact assessments"),
            ],
            current: current)
    }

    static func date(_ date: CalendarDate?) -> String { date?.longForm ?? "Not set" }

    /// The review date, with "Overdue for review" in words as well as colour.
    static func review(_ value: ImpactAssessment, today: CalendarDate) -> Node {
        guard let review = value.reviewDate else { return "Not set" }
        guard value.isOverdueForReview(today: today) else { return .text(review.longForm) }
        return .fragment([.text(review.longForm + " "), .strong([.class("tag tag-overdue")], "Overdue for review")])
    }

    static func published(_ value: ImpactAssessment) -> String { value.published ? "Yes" : "No" }

    static func outcome(_ value: ImpactAssessment) -> String { value.outcome?.label ?? "Not decided" }
}
