import EquitasCore
import Foundation

/// A staff list file's bytes → records: what `equitas paygap` and the pay gap benchmark
/// both run. An XLSX file (told apart by content: a zip) goes through `XLSXReader`; a CSV
/// file through the fast path when it can, and otherwise the general `CSVReader` and
/// `StaffListReader`, which name every problem. Throws `StaffListErrors` for bad cells
/// and `ValidationFailure` for a file that cannot be read as a table at all.
public enum StaffListFile {
    public static func records(_ data: Data, columns: StaffColumns = StaffColumns(), limits: SheetReadLimits = .upload) throws -> [StaffRecord] {
        try list(data, columns: columns, limits: limits).records
    }

    /// The general path alone, for tests that compare the two.
    public static func generalRecords(_ data: Data, columns: StaffColumns = StaffColumns(), limits: SheetReadLimits = .upload) throws -> [StaffRecord] {
        try StaffListReader.read(try CSVReader.read(data, name: "Staff", limits: limits), columns: columns)
    }

    /// The fast path alone: nil where it hands over to the general path.
    public static func fastRecords(
        _ data: Data, columns: StaffColumns = StaffColumns(), limits: SheetReadLimits = .upload, splitAbove: Int = 1 << 22
    ) -> [StaffRecord]? {
        StaffListCSVFastPath.read(data, columns: columns, limits: limits, splitAbove: splitAbove)?.records
    }
}

extension StaffListFile {
    /// The gender pay gap figures of a staff list file: what `equitas paygap --by sex`
    /// prints and the pay gap benchmark times. A CSV file is read for the figures alone
    /// (`StaffListPayGapPath`) when it can be; otherwise, and for XLSX, as records. The
    /// figures and the refusals are the same either way.
    public static func genderPayGap(
        _ data: Data, columns: StaffColumns = StaffColumns(), limits: SheetReadLimits = .upload, snapshot: CalendarDate
    ) throws -> GenderPayGapReport {
        if !data.starts(with: [0x50, 0x4B, 0x03, 0x04]), let tally = payGapTally(data, columns: columns, limits: limits) {
            return GenderPayGap.report(tally, snapshot: snapshot)
        }
        return GenderPayGap.report(try records(data, columns: columns, limits: limits), snapshot: snapshot)
    }

    /// The figures-only path alone: nil where it hands over to the record path.
    public static func payGapTally(
        _ data: Data, columns: StaffColumns = StaffColumns(), limits: SheetReadLimits = .upload, splitAbove: Int = 1 << 22
    ) -> PayGapTally? {
        StaffListPayGapPath.tally(data, columns: columns, limits: limits, splitAbove: splitAbove)
    }
}

extension StaffListFile {
    /// A staff list's bytes from disk, memory-mapped: the pages are read in place as the
    /// reader reaches them rather than copied into a buffer first (tens of milliseconds
    /// for a 90 MB list). Nil when the file cannot be read.
    public static func contents(ofFile path: String) -> Data? {
        try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    }
}
