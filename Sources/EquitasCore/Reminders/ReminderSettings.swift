/// How far ahead and how late: the defaults, or `EQUITAS_REMINDER_*` settings.
public struct ReminderSettings: Equatable, Sendable {
    /// A lead officer's digest lists actions due within this many days (and overdue ones).
    public var dueWithinDays: Int
    /// An action overdue by more than this many days goes to the monitoring contact.
    public var escalateAfterDays: Int
    /// Equality leads hear of statutory dates this many days ahead.
    public var statutoryWithinDays: Int

    public init(dueWithinDays: Int = 30, escalateAfterDays: Int = 30, statutoryWithinDays: Int = 60) {
        self.dueWithinDays = dueWithinDays
        self.escalateAfterDays = escalateAfterDays
        self.statutoryWithinDays = statutoryWithinDays
    }
}
