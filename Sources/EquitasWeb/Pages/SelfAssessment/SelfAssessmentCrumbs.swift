/// The breadcrumb trail at the top of a challenge's council pages: Challenges, the
/// challenge, then each step down to the page itself (which is not a link).
enum SelfAssessmentCrumbs {
    /// Challenges › Challenge of … › …
    static func challenge(_ base: String, name: String, _ extra: [(path: String, words: String)] = [], current: String) -> Node {
        Breadcrumbs.challenge(base, name: name, extra, current: current)
    }
}
