import EquitasCore
import Foundation

/// CSV bytes → a `SheetTable` of text cells. Accepts what Excel, LibreOffice and
/// Google Sheets save as "CSV UTF-8", with or without the byte-order mark, and refuses
/// other encodings with the fix a person can make, rather than guessing and importing
/// "Â£" for "£". Errors name the line in the file; `rowNumbers` are line numbers too.
public enum CSVReader {
    static let utf16Marks: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF]]

    public static func read(_ data: Data, name: String, limits: SheetReadLimits = .upload) throws(ValidationFailure) -> SheetTable {
        try read(data, name: name, limits: limits, preamble: { _ in false }).table
    }

    /// As `read`, but a first line whose first field `preamble` recognises is set aside
    /// rather than taken for the header (an export's note of where it came from). The
    /// rows keep their line numbers in the file.
    public static func read(
        _ data: Data, name: String, limits: SheetReadLimits = .upload, preamble: (String) -> Bool
    ) throws(ValidationFailure) -> (preamble: String?, table: SheetTable) {
        guard data.count <= limits.maxFileBytes else {
            throw ValidationFailure(path: "", message: "the file is larger than \(SheetLimits.megabytes(limits.maxFileBytes))")
        }
        let bytes = [UInt8](data)
        if utf16Marks.contains(where: bytes.starts(with:)) {
            throw ValidationFailure(path: "line 1", message: "the file is UTF-16 text, not UTF-8; save it as CSV UTF-8")
        }
        let start = bytes.starts(with: CSVWriter.byteOrderMark) ? CSVWriter.byteOrderMark.count : 0
        try checkUTF8(bytes[start...])

        var parser = CSVRecordParser(bytes, from: start)
        var builder = SheetTableBuilder(place: { "line \($0)" }, columnLabel: { "column \($0 + 1)" }, maxRows: limits.maxRows)
        var setAside: String?
        var first = true
        while let record = try parser.next() {
            if first, !record.fields.allSatisfy(\.isEmpty) {
                first = false
                if let field = record.fields.first, preamble(field) {
                    setAside = field
                    continue
                }
            }
            let cells = record.fields.map { field -> SheetCell in
                field.isEmpty ? .empty : .text(FormulaGuard.unguarded(field))
            }
            try builder.add(cells, at: record.line)
        }
        guard builder.header != nil else { throw ValidationFailure(path: "", message: "the file has no header row") }
        return (setAside, builder.table(name: name))
    }

    /// Valid UTF-8 with no NUL byte (which no text file holds, and which is what
    /// UTF-16 without a byte-order mark looks like); otherwise the line of the first
    /// bad byte, counting lines as the parser does.
    private static func checkUTF8(_ bytes: ArraySlice<UInt8>) throws(ValidationFailure) {
        if !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil { return }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        var previous: Unicode.Scalar?
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar) where scalar != "\0":
                if scalar == "\r" || (scalar == "\n" && previous != "\r") { line += 1 }
                previous = scalar
            case .emptyInput:
                return
            case .scalarValue, .error:
                throw ValidationFailure(path: "line \(line)", message: "the file is not UTF-8 text; save it as CSV UTF-8")
            }
        }
    }
}
