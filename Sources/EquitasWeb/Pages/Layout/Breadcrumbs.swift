/// The one breadcrumb trail every page uses: each step up a link, the page itself last,
/// not a link, marked as the current page; a challenge's pages all start "Challenges ›
/// Challenge of …", whichever builder names the steps.
enum Breadcrumbs {
    static func node(_ steps: [(path: String, words: String)], current: String?) -> Node {
        let links = steps.map { step in Node.li([], .a(href: step.path, .text(step.words))) }
        return .nav(
            [.class("breadcrumbs"), .aria("label", "Breadcrumb")],
            .ol([], .fragment(links), current.map { .li([.aria("current", "page")], .text($0)) } ?? .empty))
    }

    /// Challenges › Challenge of … › the steps below it.
    static func challenge(
        _ path: String, name: String, _ steps: [(path: String, words: String)] = [], current: String
    ) -> Node {
        node([(Site.challenges.path, "Challenges"), (path, name)] + steps, current: current)
    }
}
