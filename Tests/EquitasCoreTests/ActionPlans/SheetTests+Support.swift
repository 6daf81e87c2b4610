import EquitasCore
import EquitasFixtures
import Testing

/// Reading and editing the fixture's sheet the way a person would: by the row number
/// they see in the file and the column's header.
enum SheetTests {
    static let importer = "Import Bot"
    static let today = CalendarDate(year: 2022, month: 4, day: 1)!

    /// The fixture exported: 48 rows (47 actions and item 33, which has none), file rows 2–49.
    static var table: SheetTable { ActionPlanSheet.table(for: PlanFixture.record, vocabulary: PlanFixture.vocabulary) }

    static func read(_ table: SheetTable, vocabulary: PlanVocabulary = PlanFixture.vocabulary) throws(ActionPlanSheetErrors) -> PlanContent {
        try ActionPlanSheet.content(from: table, vocabulary: vocabulary, importedBy: importer, today: today)
    }

    /// The failures reading `table` gives, or none if it reads.
    static func failures(_ table: SheetTable, vocabulary: PlanVocabulary = PlanFixture.vocabulary) -> [ValidationFailure] {
        do {
            _ = try read(table, vocabulary: vocabulary)
            return []
        } catch {
            return error.failures
        }
    }

    /// The failures as `path: message` lines, which read well when a test fails.
    static func described(_ table: SheetTable, vocabulary: PlanVocabulary = PlanFixture.vocabulary) -> [String] {
        failures(table, vocabulary: vocabulary).map(\.description)
    }

    /// A one-row table in the layout, for rules about a single action.
    static func row(_ values: [ActionPlanSheet.Column: SheetCell]) -> SheetTable {
        var cells = Array(repeating: SheetCell.empty, count: ActionPlanSheet.Column.allCases.count)
        let defaults: [ActionPlanSheet.Column: SheetCell] = [
            .number: .number(1), .recommendation: .text("Publish the equality objectives."), .response: .text("Agreed"),
            .action: .text("Set objectives and publish them"),
        ]
        for (column, cell) in defaults.merging(values, uniquingKeysWith: { $1 }) {
            cells[column.rawValue] = cell
        }
        return SheetTable(name: ActionPlanSheet.name, header: ActionPlanSheet.headers, rows: [cells])
    }

    /// The single action a one-row table reads as.
    static func action(_ values: [ActionPlanSheet.Column: SheetCell]) throws -> PlanContent.Action {
        let content = try read(row(values))
        return try #require(content.items.first?.actions.first)
    }
}

extension SheetTable {
    /// The cell at the row number a person sees (the header is row 1) in a column of
    /// the standard layout.
    subscript(row: Int, column: ActionPlanSheet.Column) -> SheetCell {
        get { rows[rowNumbers.firstIndex(of: row)!][column.rawValue] }
        set { rows[rowNumbers.firstIndex(of: row)!][column.rawValue] = newValue }
    }

    func mappingCells(_ transform: (SheetCell) -> SheetCell) -> SheetTable {
        SheetTable(name: name, header: header, rows: rows.map { $0.map(transform) }, rowNumbers: rowNumbers)
    }
}
