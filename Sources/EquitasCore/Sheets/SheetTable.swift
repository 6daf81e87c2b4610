import Foundation

/// A rectangle of cells with a header row: what a CSV or XLSX reader hands to an
/// importer and what an exporter hands to a writer. `rowNumbers` keeps each data row's
/// number in the file (1-based, the header being row 1 in a spreadsheet) so that an
/// error can name the row a person sees, even after blank rows are skipped.
public struct SheetTable: Equatable, Sendable {
    /// Shown as the worksheet's tab name in XLSX; ignored by CSV.
    public var name: String
    public var header: [String]
    public var rows: [[SheetCell]]
    public var rowNumbers: [Int]
    /// Print setup, drop-down lists and fills for an XLSX writer; readers leave it plain.
    public var presentation: SheetPresentation

    public init(name: String, header: [String], rows: [[SheetCell]], rowNumbers: [Int]? = nil, presentation: SheetPresentation = .plain) {
        self.name = name
        self.header = header
        self.rows = rows
        self.rowNumbers = rowNumbers ?? rows.indices.map { $0 + 2 }
        self.presentation = presentation
    }

    /// The index of a column by its header, ignoring case and surrounding spaces.
    public func column(named name: String) -> Int? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }
}
