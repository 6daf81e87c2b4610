/// The trail back up from a nested directory or accounts page: each step a link, the
/// page itself last and marked as current, so a person always knows where they are.
enum DirectoryBreadcrumbs {
    static func node(_ steps: [(path: String, words: String)], current: String) -> Node {
        Breadcrumbs.node(steps, current: current)
    }
}
