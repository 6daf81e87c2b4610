import Foundation

/// A council's plan: its answer to a challenge's recommendations (or to its own
/// objectives), worked through and monitored for years after the report.
public struct ActionPlan: Codable, Hashable, Sendable {
    /// The council whose plan this is; in a joint challenge each council has its own.
    public var organisationId: UUID
    /// The challenge whose final report the plan answers; nil for a council's own plan.
    public var challengeId: UUID?
    public var title: String
    /// The bodies that monitor the plan as a whole: "Equalities Working Group, CMT and
    /// Overview and Scrutiny Committee". Each action may name its own.
    public var monitoredBy: String?

    public init(organisationId: UUID, challengeId: UUID? = nil, title: String, monitoredBy: String? = nil) {
        self.organisationId = organisationId
        self.challengeId = challengeId
        self.title = title
        self.monitoredBy = monitoredBy
    }

    public func validated() throws(ValidationFailure) -> ActionPlan {
        var copy = self
        copy.title = try Text.required(title, path: "title", maximum: 300)
        copy.monitoredBy = try Text.optional(monitoredBy, path: "monitored_by", maximum: 300)
        return copy
    }
}
