import EquitasCore
import Foundation

/// A staff list file's bytes → records: what `equitas paygap` and the pay gap benchmark
/// both run. An XLSX file (told apart by content: a zip) goes through `XLSXReader`; a CSV
/// file through the fast path when it can, and otherwise the general `CSVReader` and
/// `StaffListReader`, which name every problem. Throws `StaffListErrors` for bad cells
/// and `ValidationFailure` for a file that cannot be read as a table at all.
public enum StaffListFile {
    public static func records(_ data: Data, columns: StaffColumns = StaffColumns(), limits: SheetReadLimits = .upload) throws -> [StaffRecord] {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return try StaffListReader.read(try XLSXReader.readFirst(data), columns: columns)
        }
        if let records = StaffListCSVFastPath.records(data, columns: columns, limits: limits) { return records }
        return try generalRecords(data, columns: columns, limits: limits)
    }

    /// The general path alone, for tests that compare the two.
    public static func generalRecords(_ data: Data, columns: StaffColumns = StaffColumns(), limits: SheetReadLimits = .upload) throws -> [StaffRecord] {
        try StaffListReader.read(try CSVReader.read(data, name: "Staff", limits: limits), columns: columns)
    }

    /// The fast path alone: nil where it hands over to the general path.
    public static func fastRecords(
        _ data: Data, columns: StaffColumns = StaffColumns(), limits: SheetReadLimits = .upload, splitAbove: Int = 1 << 22
    ) -> [StaffRecord]? {
        StaffListCSVFastPath.records(data, columns: columns, limits: limits, splitAbove: splitAbove)
    }
}
