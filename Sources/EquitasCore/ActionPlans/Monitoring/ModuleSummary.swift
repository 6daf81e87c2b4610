/// A plan's actions under one framework module (or under none).
public struct ModuleSummary: Codable, Equatable, Sendable {
    /// The stored module value (a module id, or free text); absent for items with no module.
    public var module: String?
    /// The module's title, or "No module".
    public var title: String
    public var totalActions: Int
    public var byStatus: [StatusCount]
    public var overdue: Int

    public static let noModuleTitle = "No module"

    public init(module: String?, title: String, tally: StatusTally) {
        self.module = module
        self.title = title
        self.totalActions = tally.total
        self.byStatus = tally.byStatus
        self.overdue = tally.overdue
    }
}
