import EquitasCore

/// The audit trail of a challenge or a plan as a page: newest first, one row per
/// change with each field's value before and after, a page at a time, and the whole
/// trail as a CSV file.
enum ChangesPage {
    static func layout(title: String, back: (path: String, words: String), page: Page<AuditEvent>, basePath: String) -> PageLayout {
        var content: [Node] = [
            .nav([.class("breadcrumbs"), .aria("label", "Breadcrumb")], .ol([], .li([], .a(href: back.path, .text(back.words))))),
            .h1([], .text(title)),
            .p([], "Every change made in Equitas, by whom and when, newest first. Each changed field shows its value before and after."),
            .p([], .a(href: basePath + "?format=csv", "Download every change as a spreadsheet (CSV)")),
        ]
        if page.items.isEmpty {
            content.append(.p([], "No changes have been recorded yet."))
        } else {
            content.append(table(page.items, metadata: page.metadata))
            content.append(paging(page.metadata, basePath: basePath))
        }
        return PageLayout(title: title, content: content)
    }

    private static func table(_ events: [AuditEvent], metadata: PageMetadata) -> Node {
        let first = (metadata.page - 1) * metadata.per + 1
        return .table(
            [],
            .caption([], .text("Changes \(first) to \(first + events.count - 1) of \(metadata.total), newest first")),
            .thead([], .tr([], .th(scope: .col, [], "When"), .th(scope: .col, [], "Who"), .th(scope: .col, [], "What"), .th(scope: .col, [], "Fields"))),
            .tbody([], .fragment(events.map(row))))
    }

    private static func row(_ event: AuditEvent) -> Node {
        .tr(
            [],
            .td([], .text(ChangeTime.words(event.at))),
            .td([], .text(event.author.label)),
            .td([], .text("\(event.action.label) \(event.record)")),
            .td([], fields(event.changes)))
    }

    private static func fields(_ changes: [AuditFieldChange]) -> Node {
        guard !changes.isEmpty else { return "No field values changed" }
        return .ul(
            [.class("change-list")],
            .fragment(changes.map { change in
                .li(
                    [],
                    .strong([], .text(change.field.replacingOccurrences(of: "_", with: " "))), ": ",
                    value(change.before), " → ", value(change.after))
            }))
    }

    private static func value(_ text: String?) -> Node {
        guard let text else { return .span([.class("hint-inline")], "(none)") }
        let shown = text.count > 300 ? String(text.prefix(300)) + "…" : text
        return .text("“\(shown)”")
    }

    private static func paging(_ metadata: PageMetadata, basePath: String) -> Node {
        let last = max(1, (metadata.total + metadata.per - 1) / metadata.per)
        guard last > 1 else { return .empty }
        var links: [Node] = []
        if metadata.page > 1 { links.append(.li([], .a(href: "\(basePath)?page=\(metadata.page - 1)", "Newer changes"))) }
        if metadata.page < last { links.append(.li([], .a(href: "\(basePath)?page=\(metadata.page + 1)", "Older changes"))) }
        return .nav([.aria("label", "Pages of changes")], .ul([.class("paging")], .fragment(links)), .p([], .text("Page \(metadata.page) of \(last)")))
    }
}

extension AuditAction {
    var label: String {
        switch self {
        case .created: "Added"
        case .updated: "Changed"
        case .deleted: "Removed"
        }
    }
}
