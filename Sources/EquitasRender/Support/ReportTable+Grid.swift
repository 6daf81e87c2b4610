import EquitasCore

extension ReportTable {
    /// The widest of the header and the rows: a ragged table is printed as a grid, so
    /// every format gets the same number of cells in each row.
    var columnCount: Int { rows.reduce(header.count) { max($0, $1.count) } }

    /// The header padded with empty cells to `columnCount`; empty when there is none.
    var paddedHeader: [String] { header.isEmpty ? [] : Self.pad(header, to: columnCount) }

    /// Each row padded with empty cells to `columnCount`.
    var paddedRows: [[String]] { rows.map { Self.pad($0, to: columnCount) } }

    private static func pad(_ cells: [String], to count: Int) -> [String] {
        cells + Array(repeating: "", count: max(0, count - cells.count))
    }
}
