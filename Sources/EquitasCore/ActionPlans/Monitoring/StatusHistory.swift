/// Where an action stood on a given day, worked out from its dated updates. A report
/// "as at 30 June" must not know what happened in July, so the status it prints is
/// rebuilt from the history rather than read from the action as it is today.
public enum StatusHistory {
    /// The status on `date`:
    /// - when no update dated after `date` moved the status, the action's stored status
    ///   (it has not moved since, and this also honours a status set without an update);
    /// - otherwise the status set by the last status-changing update dated on or before
    ///   `date`;
    /// - otherwise (every change came later) the status the first change moved from,
    ///   or, when that was not recorded, the stored status as the only thing known.
    public static func status(on date: CalendarDate, current: PlanActionStatus, updates: [ProgressUpdate]) -> PlanActionStatus {
        let changes = inDateOrder(updates).filter { $0.status != nil }
        guard changes.contains(where: { $0.date > date }) else { return current }
        if let last = changes.last(where: { $0.date <= date }), let status = last.status { return status }
        return changes.first?.previousStatus ?? current
    }

    /// The status each change moved from: the one it recorded, else the status the
    /// change before it set; nil for a first change that recorded nothing.
    public static func previousStatuses(of updates: [ProgressUpdate]) -> [PlanActionStatus?] {
        var before: PlanActionStatus?
        return inDateOrder(updates).filter { $0.status != nil }.map { change in
            defer { before = change.status }
            return change.previousStatus ?? before
        }
    }

    /// Oldest first, keeping the stored order among updates of the same day (the order
    /// in which they were added).
    public static func inDateOrder(_ updates: [ProgressUpdate]) -> [ProgressUpdate] {
        updates.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }
}
