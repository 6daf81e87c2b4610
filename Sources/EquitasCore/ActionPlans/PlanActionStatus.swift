/// Where an action stands. "Overdue" is not a status: it is derived from the
/// timescale and the day, so it can never be stale (see `PlanAction.isOverdue(on:)`).
public enum PlanActionStatus: String, DomainEnum {
    case notStarted = "not-started"
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"
    case complete
    /// Closed without doing it: overtaken by events or found not to be needed.
    case closedNotNeeded = "closed-not-needed"

    /// Finished actions are never overdue and drop out of due lists.
    public var isFinished: Bool { self == .complete || self == .closedNotNeeded }

    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .onTrack: "On track"
        case .atRisk: "At risk"
        case .offTrack: "Off track"
        case .complete: "Complete"
        case .closedNotNeeded: "Closed as not needed"
        }
    }

    /// Reads a label or a raw value, ignoring case.
    public init?(label: String) {
        let wanted = label.trimmingCharacters(in: .whitespaces).lowercased()
        guard let found = Self.allCases.first(where: { $0.label.lowercased() == wanted || $0.rawValue == wanted }) else { return nil }
        self = found
    }
}
