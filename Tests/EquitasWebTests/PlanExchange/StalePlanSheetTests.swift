import EquitasCore
import EquitasFixtures
import EquitasPersistence
import EquitasSheets
import EquitasTestSupport
import EquitasWeb
import FluentKit
import Foundation
import Testing

/// A spreadsheet exported from a plan, imported after the plan moved on (issue 17, ADR
/// 0012): on SQLite, and on PostgreSQL when a test URL is given.
@Suite("A stale plan spreadsheet does not undo newer work")
struct StalePlanSheetTests {
    static let today = CalendarDate(year: 2022, month: 5, day: 3)!

    /// The four kinds of newer work a stale sheet used to undo: an action added to item
    /// 3, action 1.1's words edited, action 2.1 completed, an update written on 4.1.
    static func moveOn(_ plan: ActionPlanRecord, on db: any Database) async throws {
        let store = ActionPlanStore(db: db, catalog: shippedCatalog)
        let planId = plan.plan.id
        _ = try await store.addAction(planId, plan.items[2].item.id, PlanAction(description: "Added on the website since", status: .onTrack))
        var edited = plan.items[0].actions[0].action.value
        edited.description = "Newer words for the profile"
        _ = try await store.updateAction(planId, plan.items[0].actions[0].action.id, edited, who: "Editor", on: today)
        _ = try await store.addUpdate(
            planId, plan.items[1].actions[0].action.id, ProgressUpdate(date: today, author: "Completer", text: "Done.", status: .complete))
        _ = try await store.addUpdate(
            planId, plan.items[3].actions[0].action.id, ProgressUpdate(date: today, author: "Newer Author", text: "Written since the export."))
    }

    static func record(_ planId: UUID, on db: any Database) async throws -> ActionPlanRecord {
        try await ActionPlanStore(db: db, catalog: shippedCatalog).record(planId)
    }

    /// The exported CSV with one cell changed (a negative row counts from the end), its first line (where it came from) kept.
    static func edited(_ csv: Data, row: Int, column: String, to value: String) throws -> Data {
        let read = try CSVReader.read(csv, name: "plan", preamble: PlanSheetOrigin.isMarker)
        var table = read.table
        let column = try #require(table.column(named: column))
        table.rows[row >= 0 ? row : table.rows.count + row][column] = .text(value)
        return CSVWriter.write(table, preamble: read.preamble)
    }

    @Test("an untouched stale sheet changes nothing — no action deleted, edit reverted, status put back or update repeated — and lists what changed since",
          arguments: [PlanFileFormat.csv, .xlsx])
    func untouched(format: PlanFileFormat) async throws {
        try await TestDatabase.withDatabase { db in
            let (exchange, plan) = try await PlanSpreadsheetRoundTripTests.storeFixture(on: db)
            let sheet = try await exchange.export(plan.plan.id, format: format).data
            try await Self.moveOn(plan, on: db)
            let before = try await Self.record(plan.plan.id, on: db)
            #expect(before.items[2].actions.count == plan.items[2].actions.count + 1)

            let outcome = try await exchange.importSheet(sheet, into: plan.plan.id, importedBy: "Importer", today: Self.today, dryRun: false)
            #expect(outcome.summary == "no changes" && !outcome.applied && !outcome.refused)
            #expect(outcome.exportedRevision != nil && outcome.exportedRevision != outcome.currentRevision)
            #expect(outcome.sinceExport.contains("action 1.1: description changed"))
            #expect(outcome.sinceExport.contains { $0.hasPrefix("action 2.1: status") && $0.hasSuffix("→ Complete") })
            #expect(outcome.sinceExport.contains("action 4.1: progress update dated 3 May 2022 by Newer Author"))
            #expect(try await Self.record(plan.plan.id, on: db) == before)
        }
    }

    @Test("the sheet's own change applies beside newer work; one that would undo newer work is refused, writing nothing, unless forced")
    func conflicts() async throws {
        try await TestDatabase.withDatabase { db in
            let (exchange, plan) = try await PlanSpreadsheetRoundTripTests.storeFixture(on: db)
            let csv = try await exchange.export(plan.plan.id, format: .csv).data
            try await Self.moveOn(plan, on: db)
            let before = try await Self.record(plan.plan.id, on: db)

            // Row index 0 is action 1.1, edited since; the last row is an action no one touched.
            let clash = try Self.edited(csv, row: 0, column: "Action", to: "The sheet's own words")
            let refused = try await exchange.importSheet(clash, into: plan.plan.id, importedBy: "Importer", today: Self.today, dryRun: false)
            #expect(refused.refused && !refused.applied)
            #expect(refused.conflicts == [PlanConflict(place: "action 1.1", sinceExport: ["description changed"], sheet: ["description changed"])])
            #expect(refused.message.contains("Nothing was written"))
            #expect(try await Self.record(plan.plan.id, on: db) == before)

            let forced = try await exchange.importSheet(clash, into: plan.plan.id, importedBy: "Importer", today: Self.today, dryRun: false, force: true)
            #expect(forced.applied && !forced.refused && forced.conflicts.count == 1)
            let after = try await Self.record(plan.plan.id, on: db)
            #expect(after.items[0].actions[0].action.value.description == "The sheet's own words")
            // Force takes the sheet's side where both changed; what the sheet left alone stands.
            #expect(after.items[2].actions.count == before.items[2].actions.count)
            #expect(after.items[1].actions[0].action.value.status == .complete)
        }
    }

    @Test("a change only the sheet made is applied to a plan that moved on")
    func cleanChange() async throws {
        try await TestDatabase.withDatabase { db in
            let (exchange, plan) = try await PlanSpreadsheetRoundTripTests.storeFixture(on: db)
            let csv = try await exchange.export(plan.plan.id, format: .csv).data
            try await Self.moveOn(plan, on: db)
            let before = try await Self.record(plan.plan.id, on: db)
            let sheet = try Self.edited(csv, row: -1, column: "Action", to: "Changed only in the sheet")

            let outcome = try await exchange.importSheet(sheet, into: plan.plan.id, importedBy: "Importer", today: Self.today, dryRun: false)
            #expect(outcome.applied && outcome.conflicts.isEmpty && outcome.summary == "1 action changed")
            let after = try await Self.record(plan.plan.id, on: db)
            #expect(after.actions.last?.action.action.value.description == "Changed only in the sheet")
            #expect(after.items[0].actions[0].action.value.description == "Newer words for the profile")
            #expect(after.items[2].actions.count == before.items[2].actions.count)
        }
    }

    @Test("an unchanged export into a plan that has not moved changes nothing, and says so")
    func fresh() async throws {
        try await TestDatabase.withDatabase { db in
            let (exchange, plan) = try await PlanSpreadsheetRoundTripTests.storeFixture(on: db)
            let csv = try await exchange.export(plan.plan.id, format: .csv).data
            #expect(String(decoding: csv.dropFirst(3).prefix(40), as: UTF8.self).hasPrefix("Exported from Equitas: plan "))
            let outcome = try await exchange.importSheet(csv, into: plan.plan.id, importedBy: "Importer", today: Self.today, dryRun: false)
            #expect(outcome.summary == "no changes" && outcome.exportedRevision == outcome.currentRevision && outcome.sinceExport.isEmpty)
        }
    }
}
