import Foundation

/// What a reminder is about, which decides who receives it and whether a person's
/// "no digests" choice stops it (escalations go to a plan's monitoring contact whatever
/// that contact chose: a committee asked for them).
public enum ReminderKind: String, DomainEnum {
    /// To a lead officer: their actions overdue and due soon.
    case digest
    /// To a review manager: council comments to resolve and drafts waiting to be issued.
    case reviewQueue = "review-queue"
    /// To a plan's monitoring contact: actions overdue by more than the set days.
    case escalation
    /// To a council's equality leads: statutory dates coming up.
    case statutory
}

/// One message to one person, as plain text: what `equitas reminders send` prints a
/// line for and a mail transport delivers.
public struct ReminderMessage: Equatable, Sendable {
    public var kind: ReminderKind
    /// The address, lower-cased.
    public var to: String
    public var toName: String
    public var subject: String
    /// Plain text, lines joined with "\n".
    public var body: String

    public init(kind: ReminderKind, to: String, toName: String, subject: String, body: String) {
        self.kind = kind
        self.to = to
        self.toName = toName
        self.subject = subject
        self.body = body
    }

    /// "alex@wyvernvale.example.gov.uk  Equitas: 2 actions overdue, 1 due within 30 days"
    public var line: String { "\(to)  \(subject)" }
}
