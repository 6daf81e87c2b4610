import EquitasCore

/// Small pieces every action plan page shares: the breadcrumb trail, the message after
/// a change, and an action's status as a tag.
enum PlanPageParts {
    static func breadcrumbs(_ trail: [(path: String, words: String)]) -> Node {
        Breadcrumbs.node(trail, current: nil)
    }

    /// The box that confirms a change after Post/Redirect/Get; nothing when there is none.
    static func notification(_ message: String?) -> Node {
        guard let message else { return .empty }
        return StatusMessage.node(message)
    }

    /// The status in words, coloured as finished or not, and a second tag when the
    /// action is overdue: overdue is never a status of its own (see `PlanAction.isOverdue`).
    static func statusTag(_ status: PlanActionStatus, overdue: Bool) -> Node {
        .fragment([
            .strong([.class(status.isFinished ? "tag tag-done" : "tag")], .text(status.label)),
            overdue ? .fragment([" ", .strong([.class("tag tag-overdue")], "Overdue")]) : .empty,
        ])
    }

    /// A core failure's message for a person: "must not be blank" needs the field's name
    /// before it to make a sentence; other messages already are one.
    static func problem(_ failure: ValidationFailure, words: String) -> String {
        let message = failure.message
        if message.hasPrefix("is ") || message.hasPrefix("must ") { return "\(words) \(message)" }
        return FormErrors.sentence(message)
    }
}
