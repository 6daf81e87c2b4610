import ArgumentParser
import EquitasCore
import EquitasSheets
import Foundation

/// A staff list on disk, CSV or XLSX (told apart by content: an XLSX file is a zip),
/// with an optional mapping file from the council's own headers to Equitas's. The pay
/// gap command reads the list itself through `StaffListFile` in EquitasSheets.
enum StaffFile {
    static func table(_ data: Data, name: String) throws -> SheetTable {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? try XLSXReader.readFirst(data) : try CSVReader.read(data, name: name)
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
