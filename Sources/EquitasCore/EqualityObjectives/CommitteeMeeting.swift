import Foundation

/// A meeting of a council committee that monitors its equality plan ("Scrutiny
/// Committee", "Equality and Diversity Board"), entered by its officers so the duty
/// calendar shows when progress is next reported.
public struct CommitteeMeeting: Codable, Equatable, Sendable {
    public var organisationId: UUID
    public var committee: String
    public var date: CalendarDate
    /// What the meeting takes on the plan ("Six-monthly progress report").
    public var purpose: String?

    public init(organisationId: UUID, committee: String, date: CalendarDate, purpose: String? = nil) {
        self.organisationId = organisationId
        self.committee = committee
        self.date = date
        self.purpose = purpose
    }

    /// Trimmed, blanks as nil, the committee named; the date within a century of the
    /// present era so that a typed year (20266) is caught rather than stored.
    public func validated() throws(ValidationFailure) -> CommitteeMeeting {
        var copy = self
        copy.committee = try Text.required(committee, path: "committee", maximum: 200)
        copy.purpose = try Text.optional(purpose, path: "purpose", maximum: 1_000)
        guard (2000...2100).contains(date.year) else {
            throw ValidationFailure(path: "date", message: "\(date) is not a year between 2000 and 2100")
        }
        return copy
    }

    /// As a date of the council's equality duty.
    public var dutyDate: (title: String, date: CalendarDate) {
        ("Committee: \(committee)" + (purpose.map { " (\($0))" } ?? ""), date)
    }
}
