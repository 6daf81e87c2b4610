/// The most a reader accepts from one file. Imports come from people's uploads, so a
/// reader refuses anything larger with a message instead of allocating without bound.
public enum SheetLimits {
    /// The upload itself, CSV or XLSX (compressed).
    public static let maxFileBytes = 20 * 1024 * 1024
    /// Data rows, not counting the header or blank rows.
    public static let maxRows = 100_000
    public static let maxColumns = 200
    /// Excel's own limit on the text in one cell.
    public static let maxCellCharacters = 32_767
    /// One part of an XLSX package once unzipped, and all parts together: a few
    /// kilobytes of ZIP can claim gigabytes, and these stop the unzipping early.
    public static let maxPartBytes = 100 * 1024 * 1024
    public static let maxUnzippedBytes = 200 * 1024 * 1024

    static func megabytes(_ bytes: Int) -> String { "\(bytes / (1024 * 1024)) MB" }
}
