import ArgumentParser
import EquitasCore
import EquitasSheets
import Foundation

/// A staff list on disk, CSV or XLSX (told apart by content: an XLSX file is a zip),
/// with an optional mapping file from the council's own headers to Equitas's. The pay
/// gap command reads the list itself through `StaffListFile` in EquitasSheets.
enum StaffFile {
    /// A file from the operator's own disk, so a large council's whole list (more rows
    /// than an upload may hold) is taken, as `equitas paygap` takes it.
    static func table(_ data: Data, name: String) throws -> SheetTable {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
            ? try XLSXReader.readFirst(data) : try CSVReader.read(data, name: name, limits: .localFile)
    }

    /// The mapping file's renames; its problems as the command line prints them, one a line.
    static func columns(mapping data: Data?) throws -> StaffColumns {
        do {
            return try StaffColumnMapping.columns(data)
        } catch let errors as StaffListErrors {
            throw ValidationError(errors.failures.map { "\($0.path): \($0.message)" }.joined(separator: "\n"))
        }
    }
}
