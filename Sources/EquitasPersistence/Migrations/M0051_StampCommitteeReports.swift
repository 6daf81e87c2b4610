import FluentKit
import SQLKit

/// A committee report freezes the progress updates before it (M0041), so recording one
/// changes what the plan's pages show (no more "Change" beside those updates): its rows
/// move the plan's change stamp, as M0036's triggers do for the plan's other tables, so
/// a plan page kept under that stamp is made again.
struct M0051_StampCommitteeReports: AsyncMigration {
    var name: String { "0051-stamp-committee-reports" }

    func prepare(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        for statement in sql.dialect.name == "postgresql" ? Self.postgresTriggers : Self.sqliteTriggers {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        let drops = sql.dialect.name == "postgresql"
            ? ["DROP TRIGGER IF EXISTS committee_reports_stamp ON committee_reports"]
            : ["insert", "update", "delete"].map { "DROP TRIGGER IF EXISTS committee_reports_stamp_\($0)" }
        for statement in drops { try await sql.raw(SQLQueryString(statement)).run() }
    }

    static let sqliteTriggers = [
        """
        CREATE TRIGGER committee_reports_stamp_insert AFTER INSERT ON committee_reports BEGIN
            UPDATE action_plans SET revision = revision + 1 WHERE id = new.plan_id; END
        """,
        """
        CREATE TRIGGER committee_reports_stamp_update AFTER UPDATE ON committee_reports BEGIN
            UPDATE action_plans SET revision = revision + 1 WHERE id IN (old.plan_id, new.plan_id); END
        """,
        """
        CREATE TRIGGER committee_reports_stamp_delete AFTER DELETE ON committee_reports BEGIN
            UPDATE action_plans SET revision = revision + 1 WHERE id = old.plan_id; END
        """,
    ]

    /// `equitas_stamp_plan` is M0036's function for the plan's tables (it reads `plan_id`).
    static let postgresTriggers = [
        "CREATE TRIGGER committee_reports_stamp AFTER INSERT OR UPDATE OR DELETE ON committee_reports FOR EACH ROW EXECUTE FUNCTION equitas_stamp_plan()"
    ]
}
