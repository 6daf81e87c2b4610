import EquitasCore
import EquitasFixtures
import Testing

@Suite("Action plan sheet: what is written reads back the same")
struct SheetRoundTripTests {
    let expected = PlanContent(record: PlanFixture.record).asInSheet

    @Test("the typed cells an XLSX file gives read back as the plan's content")
    func typedCells() throws {
        let content = try SheetTests.read(SheetTests.table)
        #expect(content.items.count == 35)
        #expect(content.items.flatMap(\.actions).count == 47)
        #expect(content == expected)
    }

    @Test("only ids and update status moves are lost, as the sheet has no column for them")
    func whatTheSheetDrops() throws {
        let full = PlanContent(record: PlanFixture.record)
        #expect(full != expected)
        #expect(full.items[0].item.recommendationId == PlanFixture.recommendationId(1))
        #expect(expected.items[0].item.recommendationId == nil)
        #expect(full.items[0].actions[0].latestUpdate?.status == .offTrack)
        #expect(full.items[0].actions[0].latestUpdate?.previousStatus == .atRisk)
        #expect(expected.items[0].actions[0].latestUpdate == ProgressUpdate(
            date: CalendarDate("2021-10-15")!, author: "Grace Okafor", text: "Stalled: the budget for this work has not been agreed."))
    }

    @Test("all text, as a CSV file gives it, reads back the same")
    func textOnly() throws {
        let csv = SheetTests.table.mappingCells { $0 == .empty ? .empty : .text($0.displayText) }
        #expect(csv[2, .number] == .text("1"))
        #expect(csv[2, .due] == .text("2021-09-16"))
        #expect(try SheetTests.read(csv) == expected)
    }

    @Test("dates stored as serial numbers, as some XLSX files give them, read back the same")
    func serialDates() throws {
        let serials = SheetTests.table.mappingCells { cell in
            guard case .date(let date) = cell else { return cell }
            return .number(Double(date.dayNumber + 25_569))
        }
        #expect(serials[2, .due] == .number(44_455))
        #expect(try SheetTests.read(serials) == expected)
    }

    @Test("dates typed the British way read back the same")
    func britishDates() throws {
        let british = SheetTests.table.mappingCells { cell in
            guard case .date(let date) = cell else { return cell }
            return .text("\(date.day)/\(date.month)/\(date.year)")
        }
        #expect(british[2, .start] == .text("16/3/2021"))
        #expect(try SheetTests.read(british) == expected)
    }

    @Test("headers retyped in another case or spacing still match")
    func headerSpelling() throws {
        var table = SheetTests.table
        table.header[0] = " no. "
        table.header[6] = "LEAD OFFICER"
        table.header[12] = "LatestUpdate"
        #expect(try SheetTests.read(table) == expected)
    }

    @Test("columns in another order, and items in another order, read back the same")
    func reordered() throws {
        let table = SheetTests.table
        let order = Array(table.header.indices.reversed())
        // Whole items moved about (rows of one item stay together): item 35 first.
        let rows = Array(table.rows.suffix(1) + table.rows.dropLast())
        let shuffled = SheetTable(name: table.name, header: order.map { table.header[$0] }, rows: rows.map { row in order.map { row[$0] } })
        #expect(try SheetTests.read(shuffled) == expected)
    }

    @Test("blank rows between items are skipped; errors still name the file's rows")
    func blankRows() throws {
        var table = SheetTests.table
        table.rows.insert(Array(repeating: .empty, count: 15), at: 2)
        table.rowNumbers = table.rows.indices.map { $0 + 2 }
        #expect(try SheetTests.read(table) == expected)
        table.rows[3][ActionPlanSheet.Column.status.rawValue] = .text("Finished")
        #expect(SheetTests.failures(table).map(\.path) == ["row 5, column \"Status\""])
    }

    @Test("importing an unchanged export changes nothing")
    func unchangedImport() throws {
        let content = try SheetTests.read(SheetTests.table)
        let changes = PlanImport.changes(current: PlanFixture.record, incoming: content, importedBy: SheetTests.importer, today: SheetTests.today)
        #expect(changes.isEmpty)
        #expect(changes.summary == "no changes")
        let fromCSV = try SheetTests.read(SheetTests.table.mappingCells { $0 == .empty ? .empty : .text($0.displayText) })
        #expect(PlanImport.changes(current: PlanFixture.record, incoming: fromCSV, importedBy: "x", today: SheetTests.today).isEmpty)
    }

    @Test("a plan without a framework keeps its module column as free text")
    func freeTextModules() throws {
        let vocabulary = PlanVocabulary(people: PlanFixture.people)
        let table = ActionPlanSheet.table(for: PlanFixture.record, vocabulary: vocabulary)
        #expect(table[2, .module] == .text("communities"))
        var edited = table
        edited[2, .module] = .text("Our own objective")
        edited[3, .module] = .text("Our own objective")
        let content = try SheetTests.read(edited, vocabulary: vocabulary)
        #expect(content.items[0].item.module == "Our own objective")
    }
}
