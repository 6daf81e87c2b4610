import Foundation

/// One line of a due list: an unfinished action due soon or already overdue, with
/// enough about its plan and item to print on its own. What `equitas actions due` and
/// `GET …/due` print, encoded with `JSONCoding`.
public struct DueAction: Codable, Equatable, Sendable {
    public var planId: UUID
    public var planTitle: String
    public var itemNumber: Int
    public var actionId: UUID
    /// "7.2": item 7, its second action.
    public var reference: String
    public var description: String
    public var leadId: UUID?
    public var leadName: String?
    /// The timescale as the plan words it: "Within six months (16 March 2021 to 16 September 2021)".
    public var timescale: String
    public var dueDate: CalendarDate
    /// As on the list's day.
    public var status: PlanActionStatus
    public var overdue: Bool
    /// Days since the due date, when overdue.
    public var daysOverdue: Int?
    /// Days until the due date (0 when due that very day), when not overdue.
    public var daysLeft: Int?

    public init(
        planId: UUID, planTitle: String, itemNumber: Int, actionId: UUID, reference: String, description: String,
        leadId: UUID?, leadName: String?, timescale: String, dueDate: CalendarDate, status: PlanActionStatus, asOf: CalendarDate
    ) {
        self.planId = planId
        self.planTitle = planTitle
        self.itemNumber = itemNumber
        self.actionId = actionId
        self.reference = reference
        self.description = description
        self.leadId = leadId
        self.leadName = leadName
        self.timescale = timescale
        self.dueDate = dueDate
        self.status = status
        // The same rule as `PlanAction.isOverdue(on:)`: due yesterday is overdue, due today is not.
        overdue = !status.isFinished && dueDate < asOf
        daysOverdue = overdue ? dueDate.days(until: asOf) : nil
        daysLeft = overdue ? nil : asOf.days(until: dueDate)
    }
}
