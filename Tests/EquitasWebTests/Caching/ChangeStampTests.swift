import EquitasCore
import EquitasTestSupport
import Foundation
import SQLKit
import Testing
import Vapor

@testable import EquitasPersistence
@testable import EquitasWeb

/// The triggers of migration 0036: every insert, update and delete in a table a kept
/// page reads must move the stamp that page checks. Each table is tried on the demo's
/// own rows (every listed table must have one, or the test fails), by copying a row
/// aside, updating it in place, deleting it and putting it back.
@Suite("Change stamps")
struct ChangeStampTests {
    @Test("every insert, update and delete under a challenge, a plan or the directory moves its stamp")
    func everyWriteMovesAStamp() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let sql = try #require(app.db as? any SQLDatabase)
            // The demo has no comments on its drafts: one, written as the comments page would store it.
            let version = try #require(try await sql.raw("SELECT id FROM report_versions WHERE challenge_id = \(bind: demo.challengeId) LIMIT 1").first())
            try await sql.raw("""
                INSERT INTO report_comments (id, challenge_id, version_id, anchor_kind, anchor_id, author, text, created_at)
                VALUES (\(bind: UUID()), \(bind: demo.challengeId), \(bind: try version.decode(column: "id", as: UUID.self)),
                    'section', 'module-leadership', 'Chief executive', 'Agreed.', '2026-11-23T10:00:00.000000Z')
                """).run()

            let stamps = try ChangeStamps(db: app.db)
            let challenge = { () async throws -> ChallengeStamp in try #require(try await stamps.challenge(demo.challengeId)).stamp }
            // The demo's follow-up challenge has rows in the same tables: a row picked below
            // may be either challenge's, so both stamps are watched together.
            let eitherChallenge = { () async throws -> [ChallengeStamp] in
                [try await challenge(), try #require(try await stamps.challenge(demo.followUpId)).stamp]
            }
            let plan = { () async throws -> ActionPlanStamp in try #require(try await stamps.actionPlan(demo.actionPlanId)).stamp }
            enum Owner { case challenge, plan, directory }
            let tables: [(String, Owner)] =
                // Children before parents, so that a delete's cascade never empties a table still to try.
                (ChangeStampSchema.challengeGrandchildren.map(\.0) + ChangeStampSchema.challengeChildren.reversed()).map { ($0, .challenge) }
                + ChangeStampSchema.planChildren.reversed().map { ($0, .plan) } + ChangeStampSchema.directoryTables.map { ($0, .directory) }
            #expect(tables.count == 17)

            for (table, owner) in tables {
                let stamp = { () async throws -> AnyHashable in
                    switch owner {
                    case .challenge: AnyHashable(try await eitherChallenge())
                    case .plan: AnyHashable(try await plan())
                    case .directory: AnyHashable(try await stamps.directory())
                    }
                }
                let found = try await sql.raw("SELECT id FROM \(ident: table) LIMIT 1").first()
                let row = try #require(found, "the demo has no \(table)")
                let id = try row.decode(column: "id", as: UUID.self)
                let aside = "aside_\(table)"
                try await sql.raw("CREATE TEMPORARY TABLE \(ident: aside) AS SELECT * FROM \(ident: table) WHERE id = \(bind: id)").run()

                let start = try await stamp()
                try await sql.raw("UPDATE \(ident: table) SET id = id WHERE id = \(bind: id)").run()
                let updated = try await stamp()
                #expect(updated != start, "an update to \(table) left the stamp as it was")
                // Directory deletes would break references; their update is enough.
                guard !ChangeStampSchema.directoryTables.contains(table) else { continue }
                try await sql.raw("DELETE FROM \(ident: table) WHERE id = \(bind: id)").run()
                let deleted = try await stamp()
                #expect(deleted != updated, "a delete from \(table) left the stamp as it was")
                try await sql.raw("INSERT INTO \(ident: table) SELECT * FROM \(ident: aside)").run()
                #expect(try await stamp() != deleted, "an insert into \(table) left the stamp as it was")
            }

            // The rows themselves: a change to the challenge's or the plan's own columns.
            let before = (try await challenge(), try await plan())
            try await sql.raw("UPDATE challenges SET status = status WHERE id = \(bind: demo.challengeId)").run()
            try await sql.raw("UPDATE action_plans SET title = title WHERE id = \(bind: demo.actionPlanId)").run()
            #expect(try await challenge() != before.0)
            #expect(try await plan() != before.1)
            // An insert into the directory, too.
            let directory = try await stamps.directory()
            _ = try await OrganisationStore(db: app.db).create(Organisation(name: "Stamp Test Borough", type: .districtCouncil))
            #expect(try await stamps.directory() != directory)
        }
    }

    @Test("every table that hangs off a challenge or a plan is covered, so a new one cannot be forgotten")
    func coverage() async throws {
        try await withTestApp { app in
            let tables = try await BackupSchema(app.db).tables()
            let with = { (column: String) in Set(tables.filter { $0.columns.contains { $0.name == column } }.map(\.name)) }
            // Not shown by any kept page: the audit trail (read afresh), and the plans
            // themselves, which have stamps of their own.
            // Tables made after M0036 carry triggers of their own migration's.
            let challengeCovered = Set(ChangeStampSchema.challengeChildren)
                .union([M0037_CreateFeedbackPresentations.table, "audit_events", "action_plans"])
            #expect(with("challenge_id").subtracting(challengeCovered).isEmpty, "tables with a challenge_id and no trigger")
            // A plan's kept exports (M0038) are not changes to it: an export that moved the
            // plan's stamp would make its own sheet stale.
            // Committee reports (M0041) carry triggers of M0051's: the plan page is kept.
            let planCovered = Set(ChangeStampSchema.planChildren).union([M0038_CreateActionPlanExports.table, "committee_reports"])
            let triggers = try await triggerNames(app)
            #expect(triggers.contains { $0.hasPrefix("committee_reports_stamp") }, "committee reports move the plan's stamp")
            #expect(with("plan_id").subtracting(planCovered).isEmpty, "tables with a plan_id and no trigger")
            #expect(with("self_assessment_id") == ["self_assessment_evidence"])
            #expect(with("session_id") == ["session_peers"])
        }
    }

    /// The triggers in the database, on either kind.
    private func triggerNames(_ app: Application) async throws -> [String] {
        let sql = try #require(app.db as? any SQLDatabase)
        let query: SQLQueryString = sql.dialect.name == "postgresql"
            ? "SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal"
            : "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }

    @Test("a committee report recorded moves the plan's stamp, so the kept plan page is made again")
    func committeeReportMovesPlanStamp() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let stamps = try ChangeStamps(db: app.db)
            let before = try #require(try await stamps.actionPlan(demo.actionPlanId)).stamp
            let store = ActionPlanStore(db: app.db, catalog: shippedCatalog)
            let day = CalendarDate(year: 2026, month: 3, day: 10)!
            _ = try await store.recordCommitteeReport(
                demo.actionPlanId, CommitteeReport(date: day, committee: "Scrutiny Committee", recordedBy: "Test"), today: day)
            #expect(try #require(try await stamps.actionPlan(demo.actionPlanId)).stamp != before)
        }
    }

    @Test("a challenge made again under the same id never repeats an old stamp")
    func recreatedChallenge() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let stamps = try ChangeStamps(db: app.db)
            let first = try #require(try await stamps.challenge(demo.challengeId)).stamp
            let store = ChallengeStore(db: app.db, catalog: shippedCatalog)
            var value = try await store.get(demo.challengeId).value
            value.status = .planning
            value.award = nil
            try await store.delete(demo.challengeId)
            #expect(try await stamps.challenge(demo.challengeId) == nil)
            _ = try await store.create(value, id: demo.challengeId)
            let again = try #require(try await stamps.challenge(demo.challengeId)).stamp
            #expect(again != first)
        }
    }

    @Test("the migration goes back and forth, and the counter starts again")
    func revertAndPrepare() async throws {
        try await withTestApp { app in
            // One connection throughout. Preparing again adds the columns again, which
            // fails ("duplicate column") unless reverting took them away.
            // M0037's and M0051's triggers use M0036's column (and, on PostgreSQL, M0051
            // uses its function), so they go first and come back last; M0053's triggers
            // move a counter of M0036's table.
            try await app.db.transaction { db in
                let migration = M0036_CreateChangeStamps()
                try await M0053_StampWorkforce().revert(on: db)
                try await M0051_StampCommitteeReports().revert(on: db)
                try await M0037_CreateFeedbackPresentations().revert(on: db)
                try await migration.revert(on: db)
                try await migration.prepare(on: db)
                try await M0037_CreateFeedbackPresentations().prepare(on: db)
                try await M0051_StampCommitteeReports().prepare(on: db)
                try await M0053_StampWorkforce().prepare(on: db)
                #expect(try await ChangeStamps(db: db).directory() == 0)
                #expect(try await ChangeStamps(db: db).workforce() == WorkforceStamp(workforce: 0, directory: 0))
            }
        }
    }
}
