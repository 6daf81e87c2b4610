import Foundation

/// A dated note of progress on an action, perhaps moving its status. Updates are the
/// action's history: a committee report shows what changed between two meetings.
public struct ProgressUpdate: Codable, Hashable, Sendable {
    public var date: CalendarDate
    /// Who wrote it: a name until sign-in arrives, then the signed-in person.
    public var author: String
    public var text: String
    /// The status the action moved to, if this update moved it.
    public var status: PlanActionStatus?
    /// The status it moved from: recorded by the store when the update is added, so the
    /// history reads "on track → complete" without replaying every update.
    public var previousStatus: PlanActionStatus?

    public init(date: CalendarDate, author: String, text: String, status: PlanActionStatus? = nil, previousStatus: PlanActionStatus? = nil) {
        self.date = date
        self.author = author
        self.text = text
        self.status = status
        self.previousStatus = previousStatus
    }

    public func validated() throws(ValidationFailure) -> ProgressUpdate {
        var copy = self
        copy.author = try Text.required(author, path: "author", maximum: 200)
        copy.text = try Text.required(text, path: "text")
        return copy
    }

    /// As `validated()`, and not dated after `today`: an update says what has happened,
    /// and one dated ahead would stand as the "latest update" until that day came.
    public func validated(today: CalendarDate) throws(ValidationFailure) -> ProgressUpdate {
        let copy = try validated()
        guard date <= today else {
            throw ValidationFailure(
                path: "date",
                message: "the date of the update, \(date.longForm), is in the future: date it today (\(today.longForm)) or earlier")
        }
        return copy
    }
}
