import Foundation

/// Correcting and removing progress updates (issue 18): an update may be changed by the
/// person who wrote it, and only until a committee report has been presented that could
/// have shown it. After that it is on the committee's record, and the way to put it right
/// is a new update. Every correction and removal is in the plan's audit trail.
public enum ProgressUpdateCorrection {
    /// Refuses unless `person` wrote the update (`author` is the account that wrote it;
    /// nil for updates imported from a sheet or written before accounts were recorded,
    /// which nobody may change) and no committee report has been presented since.
    public static func check(
        _ update: ProgressUpdate, author: UUID?, person: UUID?, lastReport: CommitteeReport?
    ) throws(ProgressUpdateRefusal) {
        guard let author, author == person else {
            throw ProgressUpdateRefusal(
                .notAuthor, "only the person who wrote this update can correct or remove it (it is recorded as written by \(update.author))")
        }
        if let lastReport, update.date <= lastReport.date {
            throw ProgressUpdateRefusal(
                .presented,
                "this update, dated \(update.date.longForm), was reported to \(lastReport.words), so it can no longer be corrected or removed: add a new update instead")
        }
    }

    /// The update with its date and words corrected. Who wrote it and any status move
    /// stay as they were: moving the status again is a new update. The new date may not
    /// be ahead of today, nor on or before the last committee report (that would slip
    /// a change into a report already presented).
    public static func corrected(
        _ stored: ProgressUpdate, date: CalendarDate, text: String, today: CalendarDate, lastReport: CommitteeReport?
    ) throws(ValidationFailure) -> ProgressUpdate {
        var copy = stored
        copy.date = date
        copy.text = text
        let valid = try copy.validated(today: today)
        if let lastReport, date <= lastReport.date {
            throw ValidationFailure(
                path: "date",
                message: "the date, \(date.longForm), is in the period already reported to \(lastReport.words): date it after that day")
        }
        return valid
    }

    /// The status the action goes back to when `updates[index]` is removed: the status
    /// it moved from, if it moved one; nil if it moved nothing. An update whose move a
    /// later update moved on from cannot be removed (the later one would then say it
    /// moved from a status the action never had): remove the later one first.
    /// The same holds when the action's status was set since by other means (`current`).
    public static func statusAfterRemoving(
        _ index: Int, of updates: [ProgressUpdate], current: PlanActionStatus
    ) throws(ProgressUpdateRefusal) -> PlanActionStatus? {
        let update = updates[index]
        guard let moved = update.status else { return nil }
        if let later = updates[(index + 1)...].first(where: { $0.status != nil }) {
            throw ProgressUpdateRefusal(
                .movedOn,
                "this update moved the status, and a later one (\(later.date.longForm)) moved it on again: remove the later update first")
        }
        guard moved == current else {
            throw ProgressUpdateRefusal(
                .movedOn, "this update moved the status to \(moved.label.lowercased()), and it has been set to \(current.label.lowercased()) since")
        }
        return update.previousStatus
    }
}
