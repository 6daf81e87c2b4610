import ArgumentParser
import EquitasCore
import EquitasSheets
import Foundation

/// A staff list's optional mapping file, from the council's own headers to Equitas's.
/// The list itself (CSV or XLSX) is read through `StaffListFile` in EquitasSheets.
enum StaffFile {
    /// The mapping file's renames; its problems as the command line prints them, one a line.
    static func columns(mapping data: Data?) throws -> StaffColumns {
        do {
            return try StaffColumnMapping.columns(data)
        } catch let errors as StaffListErrors {
            throw ValidationError(errors.failures.map { "\($0.path): \($0.message)" }.joined(separator: "\n"))
        }
    }
}
