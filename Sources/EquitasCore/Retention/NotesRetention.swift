import Foundation

/// How long the team's session notes are kept: they are working papers for writing the
/// report, so they go a set time after the final report is issued.
public struct NotesRetention: Equatable, Sendable {
    public static let defaultMonths = 12
    public static let setting = "EQUITAS_NOTES_RETENTION_MONTHS"

    public var months: Int

    public init(months: Int = NotesRetention.defaultMonths) {
        self.months = months
    }

    /// Reads the setting: a whole number of months, 1 to 120.
    public static func parse(_ text: String?) throws(RuleViolation) -> NotesRetention {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return NotesRetention() }
        guard let months = Int(text), (1...120).contains(months) else {
            throw RuleViolation("\(setting) must be a whole number of months from 1 to 120, not \"\(text)\"")
        }
        return NotesRetention(months: months)
    }

    /// The first day on which notes of a challenge whose final report was issued on
    /// `finalIssued` are due to be erased.
    public func erasureDay(finalIssued: CalendarDate) -> CalendarDate {
        finalIssued.adding(months: months)
    }

    public func isDue(finalIssued: CalendarDate, today: CalendarDate) -> Bool {
        erasureDay(finalIssued: finalIssued) <= today
    }
}

/// One challenge whose notes were (or, in a dry run, would be) erased.
public struct NotesErasure: Codable, Equatable, Sendable {
    public var challengeId: UUID
    public var title: String
    public var finalIssued: CalendarDate
    /// Sessions that held notes.
    public var sessions: Int

    public init(challengeId: UUID, title: String, finalIssued: CalendarDate, sessions: Int) {
        self.challengeId = challengeId
        self.title = title
        self.finalIssued = finalIssued
        self.sessions = sessions
    }
}
