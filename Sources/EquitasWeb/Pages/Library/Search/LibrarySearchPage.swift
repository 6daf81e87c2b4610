import EquitasCore
import Foundation

/// The good-practice library's search: a GET form, so that a search and each page of
/// its results have an address to share, then the results. A bad field gets the
/// GOV.UK error pattern: the summary at the top linking to the field, the message
/// again beside it.
enum LibrarySearchPage {
    static let heading = "Good-practice library"

    struct Results {
        var results: LibrarySearchResults
        var items: [LibraryResultList.Item]
    }

    static func layout(_ input: LibraryPageInput, results: Results?, catalog: FrameworkCatalog, publicOnly: Bool) -> PageLayout {
        var content: [Node] = [
            input.errors.summary,
            .h1([], .text(heading)),
            .p(
                [.class("lead")],
                .text(
                    "Search what the teams found in every peer challenge "
                        + (publicOnly ? "whose report has been published" : "you may see")
                        + ": strengths, areas for consideration, good practice, quotes and recommendations, by council, year and framework.")),
            LibrarySearchForm.node(input, catalog: catalog),
        ]
        if let results {
            content.append(resultsSection(results, input: input))
        } else if !input.hasQuery {
            content.append(
                .p(
                    [],
                    .text(
                        "Every word you give must appear (\"monitor\" also finds \"monitoring\"). Put words in double quotes to find them together, "
                            + "as in \"staff network\". Very common words are left out."))
            )
        }
        let title = input.errors.titlePrefix + (input.hasQuery && input.errors.isEmpty ? "\(input.text) – \(heading)" : heading)
        return PageLayout(title: title, content: content, currentPath: LibraryPageController.path)
    }

    static func countWords(_ results: LibrarySearchResults) -> String {
        if results.totalIsAtLeast {
            return "More than \(results.total.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_GB")))) results"
        }
        return results.total == 1 ? "1 result" : "\(results.total) results"
    }

    private static func resultsSection(_ found: Results, input: LibraryPageInput) -> Node {
        let results = found.results
        let heading = "\(countWords(results)) for “\(input.text.trimmingCharacters(in: .whitespacesAndNewlines))”"
        let body: Node
        if found.items.isEmpty {
            body = .p(
                [],
                results.total == 0
                    ? "Nothing matched. Try fewer words, other words for the same thing, or fewer filters."
                    : "There are no more results; go back to the previous page.")
        } else {
            body = LibraryResultList.node(found.items, firstNumber: (results.page - 1) * results.per + 1)
        }
        return .section(
            [.aria("labelledby", "results-heading")],
            .h2([.id("results-heading")], .text(heading)),
            body,
            paging(results, input: input))
    }

    private static func paging(_ results: LibrarySearchResults, input: LibraryPageInput) -> Node {
        let last = max(1, (results.total + results.per - 1) / results.per)
        guard last > 1 || results.page > 1 else { return .empty }
        var links: [Node] = []
        if results.page > 1 { links.append(.li([], .a(href: input.path(page: results.page - 1), "Previous page"))) }
        if results.page < last { links.append(.li([], .a(href: input.path(page: results.page + 1), "Next page"))) }
        let position = results.totalIsAtLeast ? "Page \(results.page)" : "Page \(results.page) of \(last)"
        return .nav([.aria("label", "Pages of results")], .ul([.class("paging")], .fragment(links)), .p([], .text(position)))
    }
}
