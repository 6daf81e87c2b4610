import EquitasCore
import Foundation

/// `/organisations/{id}/equality-objectives`: the council's objectives, oldest adopted
/// first, with when each is to be renewed and which years' progress is still to record.
enum EqualityObjectiveRegisterPage {
    static func layout(
        council: Identified<Organisation>, register: [Identified<EqualityObjective>], today: CalendarDate, mayWrite: Bool, done: String?
    ) -> PageLayout {
        let heading = "Equality objectives"
        var content: [Node] = [
            EqualityObjectiveParts.crumbs(council, current: heading),
            StatusMessage.node(done == "deleted" ? "The equality objective has been deleted." : nil),
            .h1([], .text(heading)),
            .p(
                [.class("lead")], "The objectives ", .text(council.value.name),
                " has set itself under the equality duty, renewed at least every four years, with how each is measured and what each year showed."),
        ]
        if mayWrite { content.append(.p([], .a(href: EqualityObjectivePaths.new(council.id), "Add an equality objective"))) }
        content.append(register.isEmpty ? .p([], "There are no equality objectives in the register yet.") : table(council, register, today: today))
        return PageLayout(title: heading, content: content, currentPath: EqualityObjectivePaths.register(council.id))
    }

    private static func table(_ council: Identified<Organisation>, _ register: [Identified<EqualityObjective>], today: CalendarDate) -> Node {
        let rows = register.map { item -> Node in
            let value = item.value
            return .tr(
                [],
                .th(scope: .row, [], .a(href: EqualityObjectivePaths.objective(council.id, item.id), .text(value.title))),
                .td([], .text(value.adopted.longForm)),
                .td([], EqualityObjectiveParts.renewal(value, today: today)),
                .td([], .text(String(value.measures.count))),
                .td([], .text(EqualityObjectiveParts.awaiting(value, today: today))))
        }
        return .table(
            [],
            .caption([], "Equality objectives, by date adopted"),
            .thead(
                [],
                .tr(
                    [], .th(scope: .col, [], "Objective"), .th(scope: .col, [], "Adopted"), .th(scope: .col, [], "Renewal due"),
                    .th(scope: .col, [], "Measures"), .th(scope: .col, [], "Progress still to record"))),
            .tbody([], .fragment(rows)))
    }
}
