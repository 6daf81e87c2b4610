/// The breadcrumb trail at the top of a challenge's council pages: Challenges, the
/// challenge, then each step down to the page itself (which is not a link).
enum SelfAssessmentCrumbs {
    static func node(_ steps: [(path: String, words: String)], current: String) -> Node {
        let links = steps.map { Node.li([], .a(href: $0.path, .text($0.words))) }
        return .nav(
            [.class("breadcrumbs"), .aria("label", "Breadcrumb")],
            .ol([], .fragment(links), .li([Attribute("aria-current", "page")], .text(current))))
    }

    /// Challenges › the challenge › …
    static func challenge(_ base: String, _ extra: [(path: String, words: String)] = [], current: String) -> Node {
        node([("/challenges", "Challenges"), (base, "Challenge")] + extra, current: current)
    }
}
