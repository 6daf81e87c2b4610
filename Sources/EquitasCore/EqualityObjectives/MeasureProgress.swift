import Foundation

/// A measure's progress for one year of the objective: the year is that of the
/// anniversary of adoption it reports on (`EqualityObjective.progressDue(in:)`).
public struct MeasureProgress: Codable, Equatable, Sendable {
    public var year: Int
    /// When it was recorded; never after the day it is recorded on.
    public var recorded: CalendarDate
    public var status: ObjectiveProgressStatus
    public var note: String

    public init(year: Int, recorded: CalendarDate, status: ObjectiveProgressStatus, note: String) {
        self.year = year
        self.recorded = recorded
        self.status = status
        self.note = note
    }
}

public enum ObjectiveProgressStatus: String, DomainEnum {
    case achieved
    case onTrack = "on-track"
    case behind
    case noProgress = "no-progress"

    public var label: String {
        switch self {
        case .achieved: "Achieved"
        case .onTrack: "On track"
        case .behind: "Behind"
        case .noProgress: "No progress"
        }
    }
}
