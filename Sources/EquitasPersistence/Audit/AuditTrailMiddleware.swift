import EquitasCore
import FluentKit
import Foundation

/// Records every create, update and delete of one row type. The change and its record
/// are written in one transaction (the caller's, when it has one), so neither is kept
/// without the other.
///
/// Writes that do not go through a model (query-builder deletes, the database's own
/// cascades) are not seen here; the stores delete row by row where a change should be
/// recorded.
struct AuditTrailMiddleware<Row: AuditedRow>: AsyncModelMiddleware {
    typealias Model = Row

    func create(model: Row, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await db.transaction { db in
            try await next.create(model, on: db)
            try await record(.created, model, before: nil, after: RowColumns.all(of: model), on: db)
        }
    }

    /// "Before" is read back from the database rather than trusted from the model, which
    /// may have been built rather than loaded. An update that changes no audited column
    /// (a token's last use, a save with nothing new) is not recorded and costs no read.
    func update(model: Row, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        guard !RowColumns.changed(in: model).subtracting(Row.unauditedColumns).isEmpty else {
            return try await next.update(model, on: db)
        }
        try await db.transaction { db in
            let stored = try await Row.find(model.requireID(), on: db).map { RowColumns.all(of: $0) }
            try await next.update(model, on: db)
            try await record(.updated, model, before: stored, after: RowColumns.all(of: model), on: db)
        }
    }

    func delete(model: Row, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await db.transaction { db in
            let before = RowColumns.all(of: model)
            let scope = try await model.auditScope(on: db)
            try await next.delete(model, force: force, on: db)
            try await record(.deleted, model, before: before, after: nil, scope: scope, on: db)
        }
    }

    private func record(
        _ action: AuditAction, _ row: Row, before: [String: String?]?, after: [String: String?]?, scope: AuditScope? = nil,
        on db: any Database
    ) async throws {
        let changes = AuditFieldChange.changes(
            before: before.map(Self.audited), after: after.map(Self.audited), secret: Row.secretColumns)
        if action == .updated, changes.isEmpty { return }
        var resolved = scope
        if resolved == nil { resolved = try await row.auditScope(on: db) }
        let event = AuditEvent(
            id: UUID(), at: Date(), author: AuditContext.currentAuthor, action: action, record: Row.noun,
            recordId: try row.requireID(), challengeId: resolved?.challengeId, actionPlanId: resolved?.actionPlanId,
            changes: changes)
        try await AuditEventRow(event).create(on: db)
    }

    private static func audited(_ columns: [String: String?]) -> [String: String?] {
        columns.filter { !Row.unauditedColumns.contains($0.key) }
    }
}
