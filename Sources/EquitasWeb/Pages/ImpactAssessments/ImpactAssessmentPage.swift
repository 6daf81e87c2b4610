import EquitasCore
import Foundation

/// One assessment: the proposal and decision, the impact on each characteristic with
/// its evidence, and the points a reviewer would raise.
enum ImpactAssessmentPage {
    static func layout(
        council: Identified<Organisation>, _ item: Identified<ImpactAssessment>, today: CalendarDate, mayWrite: Bool, done: String?,
        csrf: String?
    ) -> PageLayout {
        let value = item.value
        let words: String? = switch done {
        case "added": "The impact assessment has been added."
        case "saved": "The impact assessment has been saved."
        default: nil
        }
        var content: [Node] = [
            ImpactAssessmentParts.crumbs(council, current: value.title),
            StatusMessage.node(words),
            .h1([], .text(value.title)),
            .dl(
                [.class("summary-list")],
                row("Service", .text(value.service)), row("What is proposed", .text(value.proposal)),
                row("Decision maker", .text(value.decisionMaker ?? "Not recorded")),
                row("Decision date", .text(ImpactAssessmentParts.date(value.decisionDate))),
                row("Status", .text(value.status(today: today).label)), row("Outcome", .text(ImpactAssessmentParts.outcome(value))),
                row("Review date", ImpactAssessmentParts.review(value, today: today)),
                row("Published", .text(ImpactAssessmentParts.published(value))),
                row("Consultation", .text(value.consultation ?? "Not recorded")),
                row("Mitigations", .text(value.mitigations ?? "None recorded"))),
            .h2([.id("impacts-heading")], "Impact on each characteristic"),
            impacts(value),
        ]
        let warnings = value.warnings
        if !warnings.isEmpty {
            content.append(.h2([], "Points to look at"))
            content.append(.ul([], .fragment(warnings.map { .li([], .text(FormErrors.sentence($0.message))) })))
        }
        if mayWrite {
            content.append(.p([], .a(href: ImpactAssessmentPaths.edit(council.id, item.id), "Change ", .span([.class("visually-hidden")], .text(value.title)))))
            content.append(FormControls.postButton(
                "Delete this impact assessment", action: ImpactAssessmentPaths.delete(council.id, item.id), csrf: csrf, warning: true))
        }
        return PageLayout(title: value.title, content: content, currentPath: ImpactAssessmentPaths.register(council.id))
    }

    private static func impacts(_ value: ImpactAssessment) -> Node {
        guard !value.impacts.isEmpty else { return .p([], "No characteristic has been assessed yet.") }
        let rows = value.impacts.map { impact -> Node in
            .tr([], .th(scope: .row, [], .text(impact.label)), .td([], .text(impact.rating.label)), .td([], .text(impact.evidence ?? "None given")))
        }
        let missing = ProtectedCharacteristic.allCases.filter { characteristic in !value.impacts.contains { $0.protected == characteristic } }
        return .fragment([
            .table(
                [.aria("labelledby", "impacts-heading")],
                .thead([], .tr([], .th(scope: .col, [], "Characteristic"), .th(scope: .col, [], "Likely impact"), .th(scope: .col, [], "Evidence"))),
                .tbody([], .fragment(rows))),
            missing.isEmpty ? .empty : .p([], .text("Not assessed: " + missing.map(\.label).joined(separator: ", ") + ".")),
        ])
    }

    private static func row(_ key: String, _ value: Node) -> Node {
        .div([], .dt([], .text(key)), .dd([], value))
    }
}
