/// Counts of actions by status, with how many are overdue, for a whole plan or one
/// slice of it (a module, a lead officer). Every status is counted, zeros included,
/// in the order the statuses are declared, so tables line up column for column.
public struct StatusTally: Equatable, Sendable {
    public private(set) var total = 0
    public private(set) var overdue = 0
    private var counts: [PlanActionStatus: Int] = [:]

    public init() {}

    /// Adds an action as it stood on `date`.
    public mutating func add(_ action: PlanActionRecord, asOf date: CalendarDate) {
        let standing = action.action(asOf: date)
        total += 1
        counts[standing.status, default: 0] += 1
        if standing.isOverdue(on: date) { overdue += 1 }
    }

    public func count(_ status: PlanActionStatus) -> Int { counts[status] ?? 0 }

    /// One entry per status, in declaration order, zeros included.
    public var byStatus: [StatusCount] {
        PlanActionStatus.allCases.map { StatusCount(status: $0, count: count($0)) }
    }
}
