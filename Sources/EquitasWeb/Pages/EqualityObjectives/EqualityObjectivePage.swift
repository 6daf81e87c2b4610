import EquitasCore
import Foundation

/// One objective: what it is, when it is to be renewed, and each measure with its
/// progress year by year.
enum EqualityObjectivePage {
    static func layout(
        council: Identified<Organisation>, _ item: Identified<EqualityObjective>, today: CalendarDate, mayWrite: Bool, done: String?,
        csrf: String?
    ) -> PageLayout {
        let value = item.value
        let words: String? = switch done {
        case "added": "The equality objective has been added."
        case "saved": "The equality objective has been saved."
        case "progress": "The progress has been recorded."
        default: nil
        }
        var content: [Node] = [
            EqualityObjectiveParts.crumbs(council, current: value.title),
            StatusMessage.node(words),
            .h1([], .text(value.title)),
            .dl(
                [.class("summary-list")],
                row("What it covers", .text(value.description ?? "Not recorded")),
                row("Lead", .text(value.lead ?? "Not recorded")),
                row("Adopted", .text(value.adopted.longForm)),
                row("Renewal due", EqualityObjectiveParts.renewal(value, today: today)),
                row("Progress still to record", .text(EqualityObjectiveParts.awaiting(value, today: today)))),
            .h2([], "Measures and yearly progress"),
        ]
        if value.measures.isEmpty { content.append(.p([], "No measures have been set for this objective yet.")) }
        for (index, measure) in value.measures.enumerated() {
            content.append(self.measure(measure, number: index + 1))
            if mayWrite, value.progressYears.contains(where: { year in !measure.progress.contains { $0.year == year } }) {
                content.append(.p([], .a(
                    href: EqualityObjectivePaths.newProgress(council.id, item.id, measure: index + 1), "Record a year’s progress ",
                    .span([.class("visually-hidden")], .text("on \(measure.name)")))))
            }
        }
        if mayWrite {
            content.append(.p([], .a(href: EqualityObjectivePaths.edit(council.id, item.id), "Change ", .span([.class("visually-hidden")], .text(value.title)))))
            content.append(FormControls.postButton(
                "Delete this equality objective", action: EqualityObjectivePaths.delete(council.id, item.id), csrf: csrf, warning: true))
        }
        return PageLayout(title: value.title, content: content, currentPath: EqualityObjectivePaths.register(council.id))
    }

    private static func measure(_ measure: ObjectiveMeasure, number: Int) -> Node {
        let id = "measure-\(number)"
        let facts = [measure.baseline.map { "Baseline: \($0)" }, measure.target.map { "Target: \($0)" }].compactMap { $0 }
        let rows = measure.progress.map { entry -> Node in
            .tr(
                [], .th(scope: .row, [], .text(String(entry.year))), .td([], .text(entry.status.label)), .td([], .text(entry.recorded.longForm)),
                .td([], .text(entry.note)))
        }
        return .div(
            [.class("report-item")],
            .h3([.id(id)], .text("Measure \(number): \(measure.name)")),
            facts.isEmpty ? .empty : .p([], .text(facts.joined(separator: ". ") + ".")),
            measure.progress.isEmpty
                ? .p([], "No progress recorded yet.")
                : .table(
                    [.aria("labelledby", id)],
                    .thead(
                        [],
                        .tr(
                            [], .th(scope: .col, [], "Year"), .th(scope: .col, [], "Status"), .th(scope: .col, [], "Recorded"),
                            .th(scope: .col, [], "What it showed"))),
                    .tbody([], .fragment(rows))))
    }

    private static func row(_ key: String, _ value: Node) -> Node {
        .div([], .dt([], .text(key)), .dd([], value))
    }
}
