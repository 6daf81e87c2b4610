import EquitasCore
import Foundation

/// The files a plan travels in: the spreadsheet councils already keep (XLSX or CSV,
/// one row per action, latest update only) and the JSON document with full history.
public enum PlanFileFormat: String, DomainEnum {
    case xlsx
    case csv
    case json

    public var contentType: String {
        switch self {
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json"
        }
    }

    /// Decided by the bytes, never by a name a person may have changed: a ZIP is a
    /// workbook, a leading `{` is the JSON document, anything else is read as CSV
    /// (whose reader then says clearly if it is not text).
    public static func detect(_ data: Data) -> PlanFileFormat {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        let leading = data.prefix(64).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        return leading.first == UInt8(ascii: "{") ? .json : .csv
    }
}

/// A file made for download: bytes, a safe name and its media type.
public struct ExportedFile: Sendable {
    public var data: Data
    public var filename: String
    public var contentType: String
}
