import EquitasCore
import FluentKit
import Foundation
import SQLKit

/// The plan as its spreadsheets were exported (M0038): kept at export, read back when a
/// sheet that names an older revision is imported.
public struct ActionPlanExportStore: Sendable {
    let sql: any SQLDatabase

    public init(db: any Database) throws {
        sql = try SQLAccess.sql(db)
    }

    /// The plan's revision now (its change stamp); nil when there is no such plan.
    public func revision(of planId: UUID) async throws -> Int64? {
        let row = try await sql.raw("SELECT revision FROM action_plans WHERE id = \(bind: planId)").first()
        return try row?.decode(column: "revision", as: Int64.self)
    }

    /// Keeps `record` as the plan at `revision`, once: a second export of the same
    /// revision holds the same plan, and two exports at once both succeed.
    public func keep(_ record: ActionPlanRecord, revision: Int64, at time: Date) async throws {
        var trimmed = record
        for item in trimmed.items.indices {
            for action in trimmed.items[item].actions.indices {
                trimmed.items[item].actions[action].updates = Array(trimmed.items[item].actions[action].updates.suffix(1))
            }
        }
        let encoder = JSONCoding.encoder()
        encoder.outputFormatting.remove(.prettyPrinted)
        let text = String(decoding: try encoder.encode(trimmed), as: UTF8.self)
        let stamp = ISO8601DateFormatter().string(from: time)
        try await sql.raw("""
            INSERT INTO action_plan_exports (id, plan_id, revision, exported_at, record)
            VALUES (\(bind: UUID()), \(bind: record.plan.id), \(bind: revision), \(bind: stamp), \(bind: text))
            ON CONFLICT (plan_id, revision) DO NOTHING
            """).run()
    }

    /// The plan as it was exported at `revision`; nil if no export of it was kept.
    public func exported(planId: UUID, revision: Int64) async throws -> ActionPlanRecord? {
        let query: SQLQueryString = "SELECT record FROM action_plan_exports WHERE plan_id = \(bind: planId) AND revision = \(bind: revision)"
        guard let row = try await sql.raw(query).first() else { return nil }
        let text = try row.decode(column: "record", as: String.self)
        do {
            return try JSONCoding.decoder().decode(ActionPlanRecord.self, from: Data(text.utf8))
        } catch {
            throw CorruptColumn(table: M0038_CreateActionPlanExports.table, column: "record", value: String(text.prefix(80)) + "…")
        }
    }
}
