import Foundation

/// One thing the council will do towards an item, with who leads it and by when.
public struct PlanAction: Codable, Hashable, Sendable {
    public var description: String
    /// The lead officer: a person. nil while the plan is being drafted.
    public var leadId: UUID?
    /// nil while the plan is being drafted.
    public var timescale: Timescale?
    /// The body that watches this action: "Equalities Working Group".
    public var monitoredBy: String?
    /// The current status: set when created, then moved by progress updates.
    public var status: PlanActionStatus

    public init(description: String, leadId: UUID? = nil, timescale: Timescale? = nil, monitoredBy: String? = nil, status: PlanActionStatus = .notStarted) {
        self.description = description
        self.leadId = leadId
        self.timescale = timescale
        self.monitoredBy = monitoredBy
        self.status = status
    }

    public func validated() throws(ValidationFailure) -> PlanAction {
        var copy = self
        copy.description = try Text.required(description, path: "description")
        copy.timescale = try timescale?.validated(path: "timescale")
        copy.monitoredBy = try Text.optional(monitoredBy, path: "monitored_by", maximum: 300)
        return copy
    }

    /// Past its due date and not finished, on `today`. Derived every time, never stored.
    public func isOverdue(on today: CalendarDate) -> Bool {
        guard !status.isFinished, let due = timescale?.dueDate else { return false }
        return due < today
    }

    /// Not finished and due on or before `today + days` (overdue ones included).
    public func isDue(on today: CalendarDate, within days: Int) -> Bool {
        guard !status.isFinished, let due = timescale?.dueDate, let horizon = today.adding(days: days) else { return false }
        return due <= horizon
    }
}
