import EquitasCore
import EquitasFixtures
import EquitasPersistence
import EquitasSheets
import EquitasTestSupport
import EquitasWeb
import FluentKit
import Foundation
import Testing

/// The 35-item plan through the files councils use: out as XLSX, opened and re-saved
/// by a real spreadsheet program where there is one, and back in, to the same plan.
@Suite("A 35-item plan through Excel and back")
struct PlanSpreadsheetRoundTripTests {
    static let today = CalendarDate(year: 2022, month: 4, day: 1)!

    /// The fixture stored as a council's own plan (no challenge), its people with it.
    static func storeFixture(on db: any Database) async throws -> (exchange: ActionPlanExchange, record: ActionPlanRecord) {
        _ = try await OrganisationStore(db: db).create(Organisation(name: "Ashbourne District Council", type: .districtCouncil), id: PlanFixture.organisationId)
        for person in PlanFixture.people { _ = try await PersonStore(db: db).create(person.value, id: person.id) }
        var plan = PlanFixture.record.plan.value
        plan.challengeId = nil
        let store = ActionPlanStore(db: db, catalog: shippedCatalog)
        let record = try await store.createFromContent(plan, content: PlanContent(record: PlanFixture.record).asInSheet)
        return (ActionPlanExchange(db: db, catalog: shippedCatalog, clock: .system), record)
    }

    static func sameContent(_ a: ActionPlanRecord, _ b: ActionPlanRecord) -> Bool {
        PlanContent(record: a).asInSheet == PlanContent(record: b).asInSheet
    }

    @Test("the XLSX export re-imports to an identical plan, and into the same plan changes nothing")
    func xlsxRoundTrip() async throws {
        try await TestDatabase.withDatabase { db in
            let (exchange, original) = try await Self.storeFixture(on: db)
            #expect(original.items.count == 35)
            let xlsx = try await exchange.export(original.plan.id, format: .xlsx)
            #expect(xlsx.data.starts(with: [0x50, 0x4B]))

            let outcome = try await exchange.importSheet(xlsx.data, into: original.plan.id, importedBy: "Test", today: Self.today, dryRun: false)
            #expect(!outcome.applied && outcome.summary == "no changes" && outcome.changes.isEmpty)
            #expect(try await ActionPlanStore(db: db, catalog: shippedCatalog).record(original.plan.id) == original)

            let copy = try await exchange.importNew(
                xlsx.data, organisationId: PlanFixture.organisationId, challengeId: nil, title: "Copy", importedBy: "Test", today: Self.today)
            #expect(copy.plan.id != original.plan.id)
            #expect(Self.sameContent(copy, original))
        }
    }

    @Test("LibreOffice Calc opens the workbook; its CSV and its re-saved XLSX both give the same plan back",
          .enabled(if: OfficeConversion.isAvailable, "needs LibreOffice (soffice) on PATH"))
    func throughCalc() async throws {
        try await TestDatabase.withDatabase { db in
            let (exchange, original) = try await Self.storeFixture(on: db)
            let xlsx = try await exchange.export(original.plan.id, format: .xlsx).data

            let csv = try OfficeConversion.convert(xlsx, inputExtension: "xlsx", filter: OfficeConversion.csvFilter, outputExtension: "csv")
            let lines = String(decoding: csv, as: UTF8.self).split(whereSeparator: \.isNewline)
            #expect(lines.first?.hasPrefix(#""No.","Module","Recommendation","Response""#) == true)
            // Calc shows the dates as the workbook formats them: day first.
            #expect(lines.contains { $0.contains(",16/09/2021,") })
            let fromCSV = try await exchange.importNew(
                csv, organisationId: PlanFixture.organisationId, challengeId: nil, title: "From Calc", importedBy: "Test", today: Self.today)
            #expect(Self.sameContent(fromCSV, original))

            let resaved = try OfficeConversion.convert(xlsx, inputExtension: "xlsx", filter: "xlsx:Calc MS Excel 2007 XML", outputExtension: "xlsx")
            let outcome = try await exchange.importSheet(resaved, into: original.plan.id, importedBy: "Test", today: Self.today, dryRun: false)
            #expect(outcome.summary == "no changes")
        }
    }

    @Test("one bad cell refuses the whole sheet, naming the row and column, and writes nothing")
    func oneBadCell() async throws {
        try await TestDatabase.withDatabase { db in
            let (exchange, original) = try await Self.storeFixture(on: db)
            let read = try CSVReader.read(try await exchange.export(original.plan.id, format: .csv).data, name: "plan", preamble: PlanSheetOrigin.isMarker)
            var table = read.table
            let row = try #require(table.rowNumbers.firstIndex(of: 14))
            let due = try #require(table.column(named: "Due"))
            table.rows[row][due] = .text("31/13/2021")
            // Another change in the same sheet, which must not be applied either.
            table.rows[0][try #require(table.column(named: "Status"))] = .text("Complete")
            let bad = CSVWriter.write(table, preamble: read.preamble)
            let before = try await TestDatabase.rowCounts(on: db)

            let error = await #expect(throws: ActionPlanSheetErrors.self) {
                _ = try await exchange.importSheet(bad, into: original.plan.id, importedBy: "Test", today: Self.today, dryRun: false)
            }
            #expect(error?.failures.map(\.path) == [#"row 14, column "Due""#])
            #expect(error?.failures.first?.message.hasPrefix(#""31/13/2021" is not a date"#) == true)
            await #expect(throws: ActionPlanSheetErrors.self) {
                _ = try await exchange.importNew(bad, organisationId: PlanFixture.organisationId, challengeId: nil, title: nil, importedBy: "Test", today: Self.today)
            }
            #expect(try await TestDatabase.rowCounts(on: db) == before)
            #expect(try await ActionPlanStore(db: db, catalog: shippedCatalog).record(original.plan.id) == original)
        }
    }
}
