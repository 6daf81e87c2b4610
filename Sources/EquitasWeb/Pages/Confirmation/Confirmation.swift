import Vapor

/// The check before anything final or destructive, the GOV.UK way: a page that says
/// what will happen, with a button that does it and a link that goes back. No script:
/// the page's buttons post to the action as before, and an action that can't be undone
/// answers a post without `confirm=yes` with this page instead of acting. The page's own
/// form posts again, with the same fields, the CSRF token and `confirm=yes`.
struct Confirmation {
    static let field = "confirm"
    static let yes = "yes"

    /// "Delete finding 3?": the question, as the page's title and heading.
    var question: String
    /// What will happen, a sentence a paragraph.
    var consequences: [String]
    /// What the action is about, quoted so that the person sees they chose the right one.
    var subject: String? = nil
    /// Where the form posts: the action's own address.
    var action: String
    /// Fields the action needs besides the confirmation (the status to move to).
    var fields: [(name: String, value: String)] = []
    /// "Yes, delete finding 3".
    var button: String
    /// A red button for what removes something; the ordinary one for issuing or moving on.
    var destructive: Bool
    /// Where "Cancel" goes: the page the person came from.
    var back: String

    /// Whether the post carries `confirm=yes`.
    static func isConfirmed(_ req: Request) -> Bool {
        (try? req.content.get(String.self, at: field)) == yes
    }

    func layout(csrf: String?) -> PageLayout {
        PageLayout(
            title: question,
            content: [
                .h1([], .text(question)),
                subject.map { .blockquote([.class("confirmation-subject")], .p([], .text($0))) } ?? .empty,
                .fragment(consequences.map { .p([], .text($0)) }),
                .form(
                    action: action, method: .post, [],
                    FormControls.csrf(csrf),
                    .fragment(fields.map { .input([Attribute("type", "hidden"), Attribute("name", $0.name), Attribute("value", $0.value)]) }),
                    .input([Attribute("type", "hidden"), Attribute("name", Self.field), Attribute("value", Self.yes)]),
                    .div(
                        [.class("actions")],
                        .button([Attribute("type", "submit"), destructive ? .class("button-warning") : nil], .text(button)),
                        " ",
                        .a(href: back, "Cancel"))),
            ])
    }

    /// The page, sent with 200: asking is not a failure.
    func response(for req: Request) -> Response {
        PageResponse.make(layout(csrf: req.pageContext.csrfToken), for: req)
    }

    /// "This cannot be undone." ends every destructive confirmation.
    static let cannotBeUndone = "This cannot be undone."
}
