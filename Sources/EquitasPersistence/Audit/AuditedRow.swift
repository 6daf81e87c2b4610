import FluentKit
import Foundation

/// A row whose every create, update and delete is recorded in the audit trail.
protocol AuditedRow: EquitasRow {
    /// Columns left out of the trail: bookkeeping that changes by itself.
    static var unauditedColumns: Set<String> { get }
    /// Columns whose values never enter the trail; a change shows as `(hidden)`.
    static var secretColumns: Set<String> { get }
    /// The challenge and action plan this row belongs to. Runs before a delete, so
    /// the owner it looks up still exists.
    func auditScope(on db: any Database) async throws -> AuditScope
}

extension AuditedRow {
    /// The id is the event's record id; the timestamps say no more than the event's time.
    static var unauditedColumns: Set<String> { ["id", "created_at", "updated_at"] }
    static var secretColumns: Set<String> { [] }
}
