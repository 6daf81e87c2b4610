import EquitasCore

/// The audit trail of a challenge or a plan as a page: newest first, one entry per
/// change with each field's value before and after in words, a page at a time, and the whole
/// trail as a CSV file.
enum ChangesPage {
    /// `crumbs`: the way back up, ending at the challenge or plan the trail is of.
    static func layout(
        title: String, crumbs: [(path: String, words: String)], page: Page<AuditEvent>, basePath: String, words: ChangeWords
    ) -> PageLayout {
        var content: [Node] = [
            ChallengePageParts.breadcrumbs(crumbs.map { (path: Optional($0.path), words: $0.words) } + [(path: nil, words: "History of changes")]),
            .h1([], .text(title)),
            .p([], "Every change made in Equitas, by whom and when, newest first. Each changed field shows its value before and after."),
            .p([], .a(href: basePath + "?format=csv", "Download every change as a spreadsheet (CSV)")),
        ]
        if page.items.isEmpty {
            content.append(.p([], "No changes have been recorded yet."))
        } else {
            content.append(list(page.items, metadata: page.metadata, words: words))
            content.append(paging(page.metadata, basePath: basePath))
        }
        return PageLayout(title: title, content: content)
    }

    /// One entry per change, not a table: a change's fields are a list of their own, and
    /// as entries they fit any width.
    private static func list(_ events: [AuditEvent], metadata: PageMetadata, words: ChangeWords) -> Node {
        let first = (metadata.page - 1) * metadata.per + 1
        return .section(
            [.aria("labelledby", "changes-heading")],
            .h2([.id("changes-heading"), .class("changes-count")], .text("Changes \(first) to \(first + events.count - 1) of \(metadata.total), newest first")),
            .ol([.class("change-events")], .fragment(events.map { entry($0, words: words) })))
    }

    private static func entry(_ event: AuditEvent, words: ChangeWords) -> Node {
        .li(
            [.class("report-item")],
            .h3([], .text("\(event.action.label) \(event.record)")),
            .p([.class("hint")], .text("By \(ChangeWords.who(event.author)), \(ChangeTime.words(event.at))")),
            fields(ChangeWords.shown(event.changes), action: event.action, words: words))
    }

    /// A record added shows what it was given, one removed what it held; a change shows
    /// both, before → after.
    private static func fields(_ changes: [AuditFieldChange], action: AuditAction, words: ChangeWords) -> Node {
        guard !changes.isEmpty else { return .p([], "No field values changed") }
        return .dl(
            [.class("summary-list change-list")],
            .fragment(changes.map { change in
                .div(
                    [],
                    .dt([], .text(ChangeWords.label(change.field))),
                    .dd(
                        [],
                        action == .created ? value(change.field, change.after, words)
                            : action == .deleted ? value(change.field, change.before, words)
                            : .fragment([value(change.field, change.before, words), " → ", value(change.field, change.after, words)])))
            }))
    }

    private static func value(_ field: String, _ text: String?, _ words: ChangeWords) -> Node {
        guard let text else { return .span([.class("hint-inline")], "(none)") }
        let shown = words.value(field, text)
        return .text("“\(shown.count > 300 ? String(shown.prefix(300)) + "…" : shown)”")
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
