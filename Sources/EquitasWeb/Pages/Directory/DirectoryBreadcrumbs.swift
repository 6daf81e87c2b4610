/// The trail back up from a nested directory or accounts page: each step a link, the
/// page itself last and marked as current, so a person always knows where they are.
enum DirectoryBreadcrumbs {
    static func node(_ steps: [(path: String, words: String)], current: String) -> Node {
        let links = steps.map { step in Node.li([], .a(href: step.path, .text(step.words))) }
        return .nav(
            [.class("breadcrumbs"), .aria("label", "Breadcrumb")],
            .ol([], .fragment(links), .li([.aria("current", "page")], .text(current))))
    }
}
