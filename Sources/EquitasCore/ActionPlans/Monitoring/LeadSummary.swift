import Foundation

/// A plan's actions led by one officer (or by no one yet).
public struct LeadSummary: Codable, Equatable, Sendable {
    /// Absent for actions with no lead officer.
    public var leadId: UUID?
    /// The officer's name, or "No lead"; "Unknown person" if the id names no one known.
    public var name: String
    public var totalActions: Int
    public var byStatus: [StatusCount]
    public var overdue: Int

    public static let noLeadName = "No lead"
    public static let unknownName = "Unknown person"

    public init(leadId: UUID?, name: String, tally: StatusTally) {
        self.leadId = leadId
        self.name = name
        self.totalActions = tally.total
        self.byStatus = tally.byStatus
        self.overdue = tally.overdue
    }
}
