import EquitasCore
import Foundation

/// `/organisations/{id}/impact-assessments`: the council's register, one row per
/// assessment, with the programme view and the CSV download beside it.
enum ImpactAssessmentRegisterPage {
    static func layout(
        council: Identified<Organisation>, register: [Identified<ImpactAssessment>], today: CalendarDate, mayWrite: Bool, done: String?
    ) -> PageLayout {
        let heading = "Impact assessments"
        var links: [Node] = [
            .li([], .a(href: ImpactAssessmentPaths.programme(council.id), "Programme: decisions due and reviews overdue")),
            .li([], .a(href: ImpactAssessmentPaths.export(council.id), "Download the register (CSV)")),
        ]
        if mayWrite { links.insert(.li([], .a(href: ImpactAssessmentPaths.new(council.id), "Add an impact assessment")), at: 0) }
        var content: [Node] = [
            ImpactAssessmentParts.crumbs(council, current: heading),
            StatusMessage.node(done == "deleted" ? "The impact assessment has been deleted." : nil),
            .h1([], .text(heading)),
            .p([.class("lead")], "How the proposals of ", .text(council.value.name), " may affect people with each protected characteristic, and what was decided."),
            .ul([], .fragment(links)),
        ]
        content.append(register.isEmpty ? .p([], "There are no impact assessments in the register yet.") : table(council, register, today: today))
        return PageLayout(title: heading, content: content, currentPath: ImpactAssessmentPaths.register(council.id))
    }

    private static func table(_ council: Identified<Organisation>, _ register: [Identified<ImpactAssessment>], today: CalendarDate) -> Node {
        let rows = register.map { item -> Node in
            let value = item.value
            return .tr(
                [],
                .th(scope: .row, [], .a(href: ImpactAssessmentPaths.assessment(council.id, item.id), .text(value.title))),
                .td([], .text(value.service)),
                .td([], .text(ImpactAssessmentParts.date(value.decisionDate))),
                .td([], .text(value.status(today: today).label)),
                .td([], .text(ImpactAssessmentParts.outcome(value))),
                .td([], ImpactAssessmentParts.review(value, today: today)),
                .td([], .text(ImpactAssessmentParts.published(value))))
        }
        return .table(
            [],
            .caption([], "Impact assessments, by title"),
            .thead(
                [],
                .tr(
                    [], .th(scope: .col, [], "Title"), .th(scope: .col, [], "Service"), .th(scope: .col, [], "Decision date"),
                    .th(scope: .col, [], "Status"), .th(scope: .col, [], "Outcome"), .th(scope: .col, [], "Review date"),
                    .th(scope: .col, [], "Published"))),
            .tbody([], .fragment(rows)))
    }
}
