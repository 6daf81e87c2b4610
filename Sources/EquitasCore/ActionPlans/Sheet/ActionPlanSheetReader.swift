import Foundation

/// Reads an action plan sheet into plan content, noting every failure instead of
/// stopping at the first: the header first (a sheet whose columns cannot be told apart
/// cannot be read), then every cell of every row.
struct ActionPlanSheetReader {
    typealias Column = ActionPlanSheet.Column

    /// A data row with the number a person sees beside it in the file.
    struct Row {
        let number: Int
        let cells: [SheetCell]
    }

    let table: SheetTable
    let vocabulary: PlanVocabulary
    let importedBy: String
    let today: CalendarDate
    let headings: ActionPlanHeadings
    /// Where each column of the layout sits in this file.
    private(set) var indices: [Column: Int] = [:]
    /// Failures with where they sit, so that they can be listed in the order a person
    /// reads the sheet: header first, then row by row, left to right.
    private var noted: [(row: Int, column: Int, failure: ValidationFailure)] = []

    init(table: SheetTable, vocabulary: PlanVocabulary, importedBy: String, today: CalendarDate, headings: ActionPlanHeadings = .layout) {
        self.table = table
        self.vocabulary = vocabulary
        self.importedBy = importedBy
        self.today = today
        self.headings = headings
    }

    /// Maps the header onto the layout. Missing, unknown and repeated columns are all
    /// refused: an unknown one is usually a typo of a known one, whose data would
    /// otherwise be silently dropped.
    mutating func readHeader() {
        var unknown: [String] = []
        for (index, header) in table.header.enumerated() {
            let shown = header.trimmingCharacters(in: .whitespacesAndNewlines)
            // Worked out on export (Overdue): a person may leave it or delete it.
            guard !shown.isEmpty, !ActionPlanSheet.isDerived(shown) else { continue }
            guard let meaning = headings.column(for: shown) else {
                unknown.append(shown)
                continue
            }
            // Mapped to "ignore".
            guard let column = meaning else { continue }
            if let earlier = indices[column] {
                fail("header", "column \"\(shown)\" appears twice (columns \(Self.letter(earlier)) and \(Self.letter(index)))")
            } else {
                indices[column] = index
            }
        }
        let expected = ActionPlanSheet.headers.joined(separator: ", ")
        for name in unknown {
            fail("header", "unknown column \"\(name)\" (the columns are \(expected); a mapping file can say which one it is, or to ignore it)")
        }
        for column in headings.required where indices[column] == nil {
            fail("header", "missing column \"\(column.header)\"")
        }
    }

    /// The data rows with their numbers in the file; rows with nothing in them are
    /// left out, as a person leaves a gap between groups.
    var rows: [Row] {
        zip(table.rowNumbers, table.rows)
            .map { Row(number: $0, cells: $1) }
            .filter { !$0.cells.allSatisfy(\.isBlank) }
    }

    func cell(_ column: Column, _ row: Row) -> SheetCell {
        guard let index = indices[column], index < row.cells.count else { return .empty }
        return row.cells[index]
    }

    func isBlank(_ column: Column, _ row: Row) -> Bool { cell(column, row).isBlank }

    /// The cell as trimmed text; "" when blank.
    func text(_ column: Column, _ row: Row) -> String { cell(column, row).trimmedText }

    /// `row 14, column "Due"`, with the header spelled as the file spells it.
    func path(_ column: Column, _ row: Row) -> String {
        let header = indices[column].map { table.header[$0].trimmingCharacters(in: .whitespacesAndNewlines) } ?? column.header
        return "row \(row.number), column \"\(header)\""
    }

    var failures: [ValidationFailure] {
        noted.enumerated()
            .sorted { ($0.element.row, $0.element.column, $0.offset) < ($1.element.row, $1.element.column, $1.offset) }
            .map(\.element.failure)
    }

    var failureCount: Int { noted.count }

    /// A failure of the header (row 0 sorts it first) or of an unheaded cell.
    mutating func fail(_ path: String, _ message: String, row: Int = 0, column: Int = 0) {
        noted.append((row, column, ValidationFailure(path: path, message: message)))
    }

    mutating func fail(_ column: Column, _ row: Row, _ message: String) {
        fail(path(column, row), message, row: row.number, column: indices[column] ?? 0)
    }

    /// Runs a `Text` rule against a cell, recording its failure under the cell's path.
    mutating func checked(_ column: Column, _ row: Row, _ rule: (String) throws(ValidationFailure) -> String?) -> String? {
        do {
            return try rule(path(column, row))
        } catch {
            fail(error.path, error.message, row: row.number, column: indices[column] ?? 0)
            return nil
        }
    }

    /// A value in a column with no header (or beyond the last header) would be lost
    /// on import, so it is named rather than ignored.
    mutating func checkUnheadedCells(_ row: Row) {
        for (index, cell) in row.cells.enumerated() where !cell.isBlank {
            let header = index < table.header.count ? table.header[index] : ""
            if header.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                fail("row \(row.number), column \(Self.letter(index))", "has a value but its column has no header", row: row.number, column: index)
            }
        }
    }

    /// The spreadsheet's letter for a 0-based column: 0 → A, 26 → AA.
    static func letter(_ index: Int) -> String {
        var remaining = index + 1
        var letters = ""
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            remaining = (remaining - 1) / 26
        }
        return letters
    }
}
