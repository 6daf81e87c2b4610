import EquitasCore
import Foundation

/// A council's mapping file: a two-column CSV of their header, then the Equitas column it
/// means (`Gender,sex`), after a header row. Read the same way wherever a staff list
/// arrives (the command line, the API, a page), with each bad row named.
public enum StaffColumnMapping {
    public static func columns(_ data: Data?) throws -> StaffColumns {
        guard let data, !data.isEmpty else { return StaffColumns() }
        let table = try CSVReader.read(data, name: "Mapping")
        var renames: [String: String] = [:]
        var failures: [ValidationFailure] = []
        for (offset, row) in table.rows.enumerated() {
            let path = "mapping row \(table.rowNumbers[offset])"
            guard row.count >= 2, !row[0].isBlank, !row[1].isBlank else {
                failures.append(ValidationFailure(path: path, message: "give the file's column, then the Equitas column it means"))
                continue
            }
            let ours = row[1].displayText.trimmingCharacters(in: .whitespaces).lowercased()
            // A further characteristic may have any one-word name; a phrase is a mistake.
            guard StaffColumns.known.contains(ours) || !ours.contains(" ") else {
                let known = StaffColumns.known.sorted().joined(separator: ", ")
                failures.append(ValidationFailure(path: path, message: "\"\(ours)\" is not an Equitas column (\(known))"))
                continue
            }
            renames[row[0].displayText] = ours
        }
        guard failures.isEmpty else { throw StaffListErrors(failures) }
        return StaffColumns(renames: renames)
    }
}
