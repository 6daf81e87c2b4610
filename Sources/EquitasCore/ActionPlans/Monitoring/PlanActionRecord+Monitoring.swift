extension PlanActionRecord {
    /// The status on `date`, rebuilt from the updates (see `StatusHistory`).
    public func status(on date: CalendarDate) -> PlanActionStatus {
        StatusHistory.status(on: date, current: action.value.status, updates: updates.map(\.value))
    }

    /// The action as it stood on `date`: same fields, status as on that day, so that
    /// `isOverdue(on:)` and `isDue(on:within:)` answer for that day.
    public func action(asOf date: CalendarDate) -> PlanAction {
        var copy = action.value
        copy.status = status(on: date)
        return copy
    }

    /// Updates dated on or before `date`, oldest first.
    public func updates(through date: CalendarDate) -> [ProgressUpdate] {
        StatusHistory.inDateOrder(updates.map(\.value)).filter { $0.date <= date }
    }

    /// The newest update a reader on `date` could have seen.
    public func latestUpdate(asOf date: CalendarDate) -> ProgressUpdate? {
        updates(through: date).last
    }
}
