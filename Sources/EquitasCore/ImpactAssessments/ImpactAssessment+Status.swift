import Foundation

/// Where an assessment stands, derived from its dates and outcome, never stored.
public enum ImpactAssessmentStatus: String, DomainEnum {
    /// Not decided, with a decision date still to come.
    case planned
    /// Not decided, and either no decision date or one that has passed.
    case inProgress = "in-progress"
    /// An outcome is recorded.
    case decided

    public var label: String {
        switch self {
        case .planned: "Planned"
        case .inProgress: "In progress"
        case .decided: "Decided"
        }
    }
}

extension ImpactAssessment {
    public var isDecided: Bool { outcome != nil }

    /// The review date has passed (a review due today is not yet overdue).
    public func isOverdueForReview(today: CalendarDate) -> Bool {
        guard let reviewDate else { return false }
        return reviewDate < today
    }

    public func status(today: CalendarDate) -> ImpactAssessmentStatus {
        if isDecided { return .decided }
        if let decisionDate, decisionDate > today { return .planned }
        return .inProgress
    }

    /// Things a reviewer would question but which are not wrong enough to refuse: a
    /// council may record an assessment before it is finished.
    public var warnings: [ImpactAssessmentWarning] {
        var found: [ImpactAssessmentWarning] = []
        let negative = impacts.filter { $0.rating == .negative }
        if !negative.isEmpty, mitigations == nil,
           outcome == .continueWithJustification || outcome == .adjust {
            let names = negative.map(\.label).joined(separator: ", ")
            found.append(ImpactAssessmentWarning(
                path: "mitigations",
                message: "a negative impact is recorded (\(names)) and the proposal goes ahead, but no mitigations are given"))
        }
        for (index, impact) in impacts.enumerated() where impact.rating != .neutral && impact.rating != .unknown && impact.evidence == nil {
            found.append(ImpactAssessmentWarning(
                path: "impacts[\(index)].evidence", message: "a \(impact.rating.rawValue) impact on \(impact.label) has no evidence given"))
        }
        if isDecided {
            let assessed = Set(impacts.compactMap(\.protected))
            let missing = ProtectedCharacteristic.allCases.filter { !assessed.contains($0) }
            if !missing.isEmpty {
                found.append(ImpactAssessmentWarning(
                    path: "impacts", message: "decided without assessing \(missing.map(\.label).joined(separator: ", "))"))
            }
        }
        return found
    }
}

/// A point a reviewer would raise, named by the field it is about.
public struct ImpactAssessmentWarning: Codable, Equatable, Sendable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
