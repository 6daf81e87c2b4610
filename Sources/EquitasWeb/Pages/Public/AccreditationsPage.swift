import EquitasCore

/// The register of awards as a table, with a filter for awards ending before a day,
/// and the GOV.UK error pattern when that day is not a date: a summary at the top
/// linking to the field, and the message again beside the field.
enum AccreditationsPage {
    static let path = Site.accreditations.path

    static func layout(_ register: AccreditationRegister, filter: AccreditationFilter) -> PageLayout {
        var content: [Node] = []
        if let error = filter.error {
            content.append(ErrorSummary.node([(fieldId: AccreditationFilter.fieldId, message: error)]))
        }
        content += [
            .h1([], "Register of awards"),
            .p(
                [.class("lead")],
                "Councils that hold a level of an equality framework after a published challenge, and when each award ends."),
            filterForm(filter),
        ]
        if register.entries.isEmpty {
            content.append(.p([], .text(filter.day.map { "No awards end before \($0.longForm)." } ?? "No awards have been published yet.")))
        } else {
            content.append(table(register, filter: filter))
        }
        let title = filter.error == nil ? "Register of awards" : "Error: Register of awards"
        return PageLayout(title: title, content: content, currentPath: path)
    }

    private static func filterForm(_ filter: AccreditationFilter) -> Node {
        let id = AccreditationFilter.fieldId
        let hintId = "\(id)-hint"
        let errorId = "\(id)-error"
        var describedBy = hintId
        var fieldParts: [Node] = [
            .label(for: id, "Awards ending before"),
            .span([.id(hintId), .class("hint")], "For example, 2028-05-31. Leave empty to see every award."),
        ]
        if let error = filter.error {
            describedBy += " " + errorId
            fieldParts.append(.p([.id(errorId), .class("error-message")], .span([.class("visually-hidden")], "Error: "), .text(error)))
        }
        fieldParts.append(
            .input([
                .id(id), Attribute("name", AccreditationFilter.field), Attribute("type", "date"),
                Attribute("value", filter.typed ?? ""), .aria("describedby", describedBy),
                filter.error == nil ? nil : .aria("invalid", "true"),
            ]))
        return .form(
            action: path, method: .get, [],
            .div([.class(filter.error == nil ? "form-group" : "form-group form-group-error")], .fragment(fieldParts)),
            .button([Attribute("type", "submit")], "Show awards"))
    }

    private static func table(_ register: AccreditationRegister, filter: AccreditationFilter) -> Node {
        let caption = filter.day.map { "Awards ending before \($0.longForm), soonest first" } ?? "Awards, soonest to end first"
        let rows = register.entries.map { entry in
            Node.tr(
                [],
                .th(scope: .row, [], .text(PublishedPage.joined(entry.organisations))),
                .td([], .text(entry.framework)),
                .td([], .text(entry.level)),
                .td([], .text(entry.award.awarded.longForm)),
                .td([], .text(entry.award.expires.longForm)),
                .td([], .text(entry.chain.isEmpty ? "First recorded" : entry.chain.joined(separator: "; "))))
        }
        return .table(
            [],
            .caption([], .text(caption)),
            .thead(
                [],
                .tr(
                    [], .th(scope: .col, [], "Councils"), .th(scope: .col, [], "Framework"), .th(scope: .col, [], "Level"),
                    .th(scope: .col, [], "Awarded"), .th(scope: .col, [], "Ends"),
                    .th(scope: .col, [], "Earlier and later awards"))),
            .tbody([], .fragment(rows)))
    }
}
