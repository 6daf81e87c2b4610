import EquitasCore
import EquitasFixtures
import Testing

@Suite("Action plan workbook: Overdue, drop-down lists and fills, still read back the same")
struct SheetWorkbookTests {
    static let workbook = ActionPlanSheet.workbookTable(for: PlanFixture.record, vocabulary: PlanFixture.vocabulary, today: PlanFixture.asOf)

    @Test("Overdue says Yes for each unfinished action due before the day of export, and only those")
    func overdue() {
        let table = Self.workbook
        #expect(table.header == ActionPlanSheet.headers + ["Overdue"])
        let actions = PlanFixture.record.items.flatMap { item in item.actions.isEmpty ? [nil] : item.actions.map(Optional.some) }
        #expect(actions.count == table.rows.count)
        for (row, action) in zip(table.rows, actions) {
            let expected: SheetCell = action?.action.value.isOverdue(on: PlanFixture.asOf) == true ? .text("Yes") : .empty
            #expect(row.last == expected)
        }
        #expect(table.rows.contains { $0.last == .text("Yes") } && table.rows.contains { $0.last == .empty })
    }

    @Test("Status and Response offer their labels; statuses are red, amber or green; Overdue red")
    func presentation() {
        let presentation = Self.workbook.presentation
        let status = ActionPlanSheet.Column.status.rawValue
        #expect(presentation.printsLandscapeToWidth)
        #expect(presentation.choices == [
            .init(column: ActionPlanSheet.Column.response.rawValue, values: PlanResponse.allCases.map(\.label)),
            .init(column: status, values: PlanActionStatus.allCases.map(\.label)),
        ])
        #expect(presentation.tones.contains(.init(column: status, value: "Off track", fill: .red)))
        #expect(presentation.tones.contains(.init(column: status, value: "At risk", fill: .amber)))
        #expect(presentation.tones.contains(.init(column: status, value: "On track", fill: .green)))
        #expect(presentation.tones.contains(.init(column: ActionPlanSheet.headers.count, value: "Yes", fill: .red)))
    }

    @Test("the workbook reads back as the plain sheet does: Overdue is ignored, whatever it says")
    func roundTrip() throws {
        let expected = PlanContent(record: PlanFixture.record).asInSheet
        #expect(try SheetTests.read(Self.workbook) == expected)
        var edited = Self.workbook
        edited.rows = edited.rows.map { Array($0.dropLast()) + [.text("No idea")] }
        #expect(try SheetTests.read(edited) == expected)
    }
}
