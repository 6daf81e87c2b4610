/// The green box that says a form did what was asked ("Finding added"), announced to
/// screen readers as a status. Nothing when there is nothing to say.
enum StatusMessage {
    static func node(_ words: String?) -> Node {
        words.map { .div([.class("notification"), Attribute("role", "status")], .p([], .text($0))) } ?? .empty
    }
}
