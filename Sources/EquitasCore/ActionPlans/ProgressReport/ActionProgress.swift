/// One action as a progress report sees it: where it stood on the report's date, and
/// what moved in the period since the previous report, `(since, asOf]`. Updates dated
/// after `asOf` are invisible, so a report "as at" an earlier date reads as it did then.
public struct ActionProgress: Sendable {
    public var item: PlanItemRecord
    public var action: PlanActionRecord
    /// "7.2"
    public var reference: String
    /// As on `asOf`, rebuilt from the updates.
    public var status: PlanActionStatus
    public var isOverdue: Bool
    /// The newest update dated on or before `asOf`.
    public var latestUpdate: ProgressUpdate?
    /// Status moves dated in the period, oldest first.
    public var statusChanges: [StatusChange]
    /// Every update dated in the period, oldest first, status moves included.
    public var newUpdates: [ProgressUpdate]
    /// Overdue on `asOf` but not yet on `since`: its due date fell in `[since, asOf)`
    /// (an action due on a day is overdue from the next day).
    public var becameOverdue: Bool

    public init(_ entry: ActionPlanRecord.ReferencedAction, asOf: CalendarDate, since: CalendarDate?) {
        item = entry.item
        action = entry.action
        reference = entry.reference
        let standing = entry.action.action(asOf: asOf)
        status = standing.status
        isOverdue = standing.isOverdue(on: asOf)
        latestUpdate = entry.action.latestUpdate(asOf: asOf)

        guard let since else {
            statusChanges = []
            newUpdates = []
            becameOverdue = false
            return
        }
        let inPeriod = { (update: ProgressUpdate) in update.date > since && update.date <= asOf }
        let history = StatusHistory.inDateOrder(entry.action.updates.map(\.value))
        let changes = history.filter { $0.status != nil }
        statusChanges = zip(changes, StatusHistory.previousStatuses(of: history))
            .filter { inPeriod($0.0) }
            .compactMap { update, from in update.status.map { StatusChange(date: update.date, from: from, to: $0) } }
        newUpdates = history.filter(inPeriod)
        becameOverdue = isOverdue && (standing.timescale?.dueDate).map { $0 >= since } == true
    }

    public var marker: ChangeMarker {
        if !statusChanges.isEmpty { return .statusChanged }
        return newUpdates.isEmpty ? .unchanged : .newUpdate
    }

    /// "7.2 Publish workforce data"
    public var title: String { "\(reference) \(action.action.value.description)" }
}
