import FluentKit
import Foundation

/// A row that belongs to an action plan through its own `plan_id` column.
protocol PlanChildRow: AuditedRow {
    var planId: UUID { get }
}

extension PlanChildRow {
    func auditScope(on db: any Database) async throws -> AuditScope { .actionPlan(planId) }
}
