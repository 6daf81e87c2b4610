import EquitasCore
import Foundation

/// "Similar practice elsewhere": one finding or recommendation, then the entries of
/// other challenges that share most of its telling words, listed as search results are.
enum LibrarySimilarPage {
    static let heading = "Similar practice elsewhere"

    static func layout(origin: LibraryResultList.Item, similar: [LibraryResultList.Item]) -> PageLayout {
        let content: [Node] = [
            .h1([], .text(heading)),
            .section(
                [.aria("labelledby", "origin-heading")],
                .h2([.id("origin-heading")], .text("The \(LibraryResultList.kindWords(origin.hit.kind).lowercased())")),
                LibraryResultList.node([origin], similarLinks: false)),
            .section(
                [.aria("labelledby", "similar-heading")],
                .h2([.id("similar-heading")], .text("From other challenges")),
                similar.isEmpty
                    ? .p([], "No other challenge you may see has a finding or recommendation like this one.")
                    : LibraryResultList.node(similar)),
            .p([], .a(href: LibraryPageController.path, "Search the good-practice library")),
        ]
        return PageLayout(title: heading, content: content, currentPath: LibraryPageController.path)
    }
}
