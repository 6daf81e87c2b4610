import EquitasCore
import Foundation

/// The library's results as a list, the same on the search page and the similar
/// practice page: whose practice it is and when, the words with the matches marked,
/// and where to read more. Link words end in a visually hidden "result N" so that a
/// screen reader's list of links tells the results apart.
enum LibraryResultList {
    /// A hit with what the list needs looked up already.
    struct Item: Sendable {
        var hit: LibrarySearchHit
        var frameworkName: String?
        var moduleTitle: String?
        /// Where the challenge can be read by this viewer, if anywhere.
        var challengeLink: (path: String, words: String)?
        /// Where the challenge it follows can be read, for the chain of challenges.
        var earlierLink: (path: String, words: String)? = nil
    }

    static func node(_ items: [Item], firstNumber: Int = 1, headingLevel: String = "h3", similarLinks: Bool = true) -> Node {
        .ol(
            [.class("library-results"), Attribute("start", String(firstNumber))],
            .fragment(items.enumerated().map { index, item in
                self.item(item, number: firstNumber + index, headingLevel: headingLevel, similarLink: similarLinks)
            }))
    }

    static func kindWords(_ kind: LibraryEntryKind) -> String {
        switch kind {
        case .recommendation: "Recommendation"
        default: FindingKind(rawValue: kind.rawValue).map(FindingKindWords.label) ?? kind.rawValue
        }
    }

    /// "Strength · 2024 · Equality Framework for Local Government: Knowing your communities".
    static func details(_ item: Item) -> String {
        var parts = [kindWords(item.hit.kind)]
        if let number = item.hit.number { parts[0] += " \(number)" }
        if let year = item.hit.challenge.year { parts.append(String(year)) }
        let framework = item.frameworkName ?? item.hit.challenge.framework
        parts.append(item.moduleTitle.map { "\(framework): \($0)" } ?? framework)
        return parts.joined(separator: " · ")
    }

    /// The text with each match in `<mark>`; every run is text, so escaped when rendered.
    static func marked(_ text: HighlightedText) -> Node {
        .fragment(text.runs.map { run in run.matched ? .element("mark", [], [.text(run.text)]) : .text(run.text) })
    }

    static func similarPath(_ id: UUID) -> String {
        Site.librarySimilarItem.path(id)
    }

    private static func item(_ item: Item, number: Int, headingLevel: String, similarLink: Bool) -> Node {
        let hit = item.hit
        let councils = hit.organisationNames.isEmpty ? "Council not recorded" : hit.organisationNames.joined(separator: ", ")
        let hidden = Node.span([.class("visually-hidden")], .text(" (result \(number))"))
        var links: [Node] = []
        if let link = item.challengeLink {
            links.append(.li([], .a(href: link.path, .text(link.words), hidden)))
        }
        if let link = item.earlierLink {
            links.append(.li([], .a(href: link.path, .text(link.words), hidden)))
        }
        if similarLink {
            links.append(.li([], .a(href: similarPath(hit.id), "Similar practice elsewhere", hidden)))
        }
        let words: Node = hit.kind == .quote ? .blockquote([], .p([], marked(hit.highlighted))) : .p([], marked(hit.highlighted))
        return .li(
            [.class("report-item library-result")],
            .element(headingLevel, [.class("library-result-councils")], [.text(councils)]),
            .p([.class("hint")], .text(details(item))),
            words,
            links.isEmpty ? .empty : .ul([.class("inline-links")], .fragment(links)))
    }
}
