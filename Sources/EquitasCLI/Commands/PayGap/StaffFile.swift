import ArgumentParser
import EquitasCore
import EquitasSheets
import Foundation

/// A staff list on disk, CSV or XLSX (told apart by content: an XLSX file is a zip),
/// with an optional mapping file from the council's own headers to Equitas's.
enum StaffFile {
    static func table(_ data: Data, name: String) throws -> SheetTable {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? try XLSXReader.readFirst(data) : try CSVReader.read(data, name: name)
    }

    /// A two-column CSV file: the council's header, then the Equitas column it means
    /// (`Gender,sex`). The first row is a header and is skipped.
    static func columns(mapping data: Data?) throws -> StaffColumns {
        guard let data else { return StaffColumns() }
        let table = try CSVReader.read(data, name: "Mapping")
        var renames: [String: String] = [:]
        var problems: [String] = []
        for (offset, row) in table.rows.enumerated() {
            let number = table.rowNumbers[offset]
            guard row.count >= 2, !row[0].isBlank, !row[1].isBlank else {
                problems.append("mapping row \(number): give the file's column, then the Equitas column it means")
                continue
            }
            let ours = row[1].displayText.trimmingCharacters(in: .whitespaces).lowercased()
            guard StaffColumns.known.contains(ours) || !ours.contains(" ") else {
                problems.append("mapping row \(number): \"\(ours)\" is not an Equitas column (\(StaffColumns.known.sorted().joined(separator: ", ")))")
                continue
            }
            renames[row[0].displayText] = ours
        }
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n")) }
        return StaffColumns(renames: renames)
    }
}
