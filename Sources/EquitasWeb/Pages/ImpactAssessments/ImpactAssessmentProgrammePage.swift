import EquitasCore
import Foundation

/// The programme view: decisions coming up that still need their assessment finished,
/// reviews that have slipped, and decisions not yet published; counts first.
enum ImpactAssessmentProgrammePage {
    static func layout(council: Identified<Organisation>, _ programme: ImpactAssessmentProgramme) -> PageLayout {
        let heading = "Impact assessment programme"
        let counts = programme.counts
        return PageLayout(
            title: heading,
            content: [
                ImpactAssessmentParts.crumbs(council, current: "Programme"),
                .h1([], .text(heading)),
                .p([.class("lead")], .text("Where the register of \(council.value.name) stands on \(programme.asOf.longForm).")),
                .dl(
                    [.class("summary-list")],
                    row("Assessments", counts.total), row("Planned", counts.planned), row("In progress", counts.inProgress),
                    row("Decided", counts.decided), row("Published", counts.published),
                    row("Overdue for review", counts.overdueForReview), row("Decided but not published", counts.decidedUnpublished)),
                section(
                    "due", "Decisions due", "Assessments not yet decided, soonest decision first.", programme.planned, council,
                    daysHeading: "Days to decision", days: { days in days < 0 ? "Date passed \(-days) days ago" : String(days) }),
                section(
                    "overdue", "Overdue for review", "Assessments whose review date has passed, longest overdue first.",
                    programme.overdueForReview, council, daysHeading: "Days overdue", days: { String($0) }),
                section(
                    "unpublished", "Decided but not published", "Decided assessments the council has not yet published.",
                    programme.decidedUnpublished, council, daysHeading: nil, days: { _ in "" }),
            ],
            currentPath: ImpactAssessmentPaths.register(council.id))
    }

    private static func row(_ key: String, _ count: Int) -> Node {
        .div([], .dt([], .text(key)), .dd([], .text(String(count))))
    }

    private static func section(
        _ id: String, _ heading: String, _ lead: String, _ entries: [ImpactAssessmentProgramme.Entry], _ council: Identified<Organisation>,
        daysHeading: String?, days: (Int) -> String
    ) -> Node {
        guard !entries.isEmpty else { return .fragment([.h2([], .text(heading)), .p([], "None.")]) }
        let rows = entries.map { entry -> Node in
            .tr(
                [],
                .th(scope: .row, [], .a(href: ImpactAssessmentPaths.assessment(council.id, entry.id), .text(entry.title))),
                .td([], .text(entry.service)), .td([], .text(ImpactAssessmentParts.date(entry.decisionDate))),
                .td([], .text(ImpactAssessmentParts.date(entry.reviewDate))), .td([], .text(entry.status.label)),
                daysHeading == nil ? .empty : .td([], .text(entry.days.map(days) ?? "")))
        }
        return .fragment([
            .h2([.id(id + "-heading")], .text(heading)),
            .p([], .text(lead)),
            .table(
                [.aria("labelledby", id + "-heading")],
                .thead(
                    [],
                    .tr(
                        [], .th(scope: .col, [], "Title"), .th(scope: .col, [], "Service"), .th(scope: .col, [], "Decision date"),
                        .th(scope: .col, [], "Review date"), .th(scope: .col, [], "Status"),
                        daysHeading.map { .th(scope: .col, [], .text($0)) } ?? .empty)),
                .tbody([], .fragment(rows))),
        ])
    }
}
