import EquitasCore
import Foundation

/// A staff list read whole to be stored: its records, and the names of its further
/// characteristic columns in the file's order.
public struct StaffList: Sendable {
    public var records: [StaffRecord]
    public var otherCharacteristics: [String]
}

extension StaffListFile {
    /// A staff list file read for storing as a snapshot (`equitas workforce import`, the
    /// API's upload): a CSV file through the fast path when it can be (the same rules,
    /// so the same records), otherwise, and for XLSX, the general reader, which names
    /// every bad cell. Throws `ValidationFailure` for a file that is not a table at all,
    /// `StaffListErrors` for bad cells.
    public static func list(_ data: Data, columns: StaffColumns = StaffColumns(), limits: SheetReadLimits = .upload) throws -> StaffList {
        func others(_ header: [String]) -> [String] {
            header.map(columns.name).filter { !$0.isEmpty && !StaffColumns.known.contains($0) }
        }
        let isXLSX = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if !isXLSX, let (records, header) = StaffListCSVFastPath.read(data, columns: columns, limits: limits) {
            return StaffList(records: records, otherCharacteristics: others(header))
        }
        let table = isXLSX ? try XLSXReader.readFirst(data) : try CSVReader.read(data, name: "Staff", limits: limits)
        return StaffList(records: try StaffListReader.read(table, columns: columns), otherCharacteristics: others(table.header))
    }
}
