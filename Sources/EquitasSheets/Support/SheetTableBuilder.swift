import EquitasCore
import Foundation

/// Turns the records a CSV or XLSX reader finds, one at a time, into a `SheetTable`
/// with the same rules for both: blank records are skipped, the first other record is
/// the header, and each data row keeps its number in the file. Fed record by record so
/// that a reader can stop at the row limit before holding a whole oversized file.
struct SheetTableBuilder {
    /// How the file names a record and a column in an error: "line 7" and "column 3"
    /// for CSV, "row 7" and "column C" for a worksheet.
    let place: (Int) -> String
    let columnLabel: (Int) -> String

    private(set) var header: [String]?
    private var rows: [[SheetCell]] = []
    private var rowNumbers: [Int] = []
    private let maxRows: Int

    init(place: @escaping (Int) -> String, columnLabel: @escaping (Int) -> String, maxRows: Int = SheetLimits.maxRows) {
        self.place = place
        self.columnLabel = columnLabel
        self.maxRows = maxRows
    }

    mutating func add(_ cells: [SheetCell], at number: Int) throws(ValidationFailure) {
        // Trailing blank cells are how spreadsheets pad a row to the widest one;
        // they carry nothing, so they count neither as columns nor as extra cells.
        let used = (cells.lastIndex { !$0.isBlank } ?? -1) + 1
        guard used > 0 else { return }
        // Text the databases cannot store alike is refused here, for CSV and XLSX at once.
        for (index, cell) in cells.prefix(used).enumerated() {
            if case .text(let text) = cell, let scalar = StorableText.firstForbidden(in: text) {
                throw ValidationFailure(path: "\(place(number)), \(columnLabel(index))", message: "the cell " + StorableText.message(scalar))
            }
        }
        guard let header else {
            self.header = try Self.header(from: cells.prefix(used), at: place(number), columnLabel: columnLabel)
            return
        }
        guard used <= header.count else {
            throw ValidationFailure(
                path: "\(place(number)), \(columnLabel(header.count))",
                message: "the row has \(used) cells but the header has \(header.count) columns")
        }
        guard rows.count < maxRows else {
            throw ValidationFailure(path: place(number), message: "more than \(maxRows) rows")
        }
        let kept = cells.prefix(header.count)
        rows.append(kept + Array(repeating: .empty, count: header.count - kept.count))
        rowNumbers.append(number)
    }

    func table(name: String) -> SheetTable {
        SheetTable(name: name, header: header ?? [], rows: rows, rowNumbers: rowNumbers)
    }

    /// Header names trimmed; a blank or repeated name (ignoring case, as
    /// `SheetTable.column(named:)` does) would leave a column nobody can look up.
    private static func header(
        from cells: ArraySlice<SheetCell>, at place: String, columnLabel: (Int) -> String
    ) throws(ValidationFailure) -> [String] {
        let names = cells.map { $0.displayText.trimmingCharacters(in: .whitespacesAndNewlines) }
        var seen: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            let path = "\(place), \(columnLabel(index))"
            guard !name.isEmpty else { throw ValidationFailure(path: path, message: "the header is blank") }
            let key = name.lowercased()
            if let first = seen[key] {
                throw ValidationFailure(path: path, message: "\"\(name)\" repeats the header of \(columnLabel(first))")
            }
            seen[key] = index
        }
        return names
    }
}
