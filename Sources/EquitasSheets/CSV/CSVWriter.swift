import EquitasCore
import Foundation

/// A table as CSV the way Excel reads it without asking: UTF-8 with a byte-order
/// mark (without one Excel guesses the Windows code page and "£" or "Ŵ" come out
/// wrong), CRLF after every record, RFC 4180 quoting, dates as `YYYY-MM-DD`, and text
/// that looks like a formula guarded with an apostrophe (see `FormulaGuard`).
public enum CSVWriter {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `preamble`, if given, is a line of one field before the header (an export's note
    /// of where it came from, which `CSVReader` can be asked to set aside).
    public static func write(_ table: SheetTable, preamble: String? = nil) -> Data {
        var text = preamble.map { record([field(FormulaGuard.guarded($0))]) } ?? ""
        text += record(table.header.map { field(FormulaGuard.guarded($0)) })
        for row in table.rows {
            let padded = row + Array(repeating: SheetCell.empty, count: max(0, table.header.count - row.count))
            text += record(padded.map(field))
        }
        return Data(byteOrderMark) + Data(text.utf8)
    }

    private static func record(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }

    /// Numbers and dates are written as they read; only text can hold a formula.
    private static func field(_ cell: SheetCell) -> String {
        switch cell {
        case .text(let text): field(FormulaGuard.guarded(text))
        case .empty, .number, .date: field(cell.displayText)
        }
    }

    /// Quoted when a reader would otherwise split the field or trim it.
    private static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || text.unicodeScalars.first.map(isSpace) == true
            || text.unicodeScalars.last.map(isSpace) == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }
}
