import EquitasCore

/// Splits UTF-8 bytes into CSV records: fields separated by commas, records ended by
/// CRLF, LF or a lone CR, fields in double quotes may hold any of those and `""` for
/// a quote. A quote inside an unquoted field is kept as text, as Excel does. Lines are
/// counted as a text editor shows them, so a record that holds a newline in a quoted
/// field is reported at the line where it starts.
struct CSVRecordParser {
    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    /// A UTF-8 character is at most four bytes; past this a field is too long whatever it holds.
    private static let maxFieldBytes = SheetLimits.maxCellCharacters * 4

    private let bytes: [UInt8]
    private var index: Int
    private var line = 1

    init(_ bytes: [UInt8], from start: Int = 0) {
        self.bytes = bytes
        self.index = start
    }

    /// The next record with the line it starts on, or nil at the end of the input.
    mutating func next() throws(ValidationFailure) -> (line: Int, fields: [String])? {
        guard index < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var fieldLine = line

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == Self.quote {
                    if index < bytes.count, bytes[index] == Self.quote {
                        field.append(Self.quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == Self.lf { line += 1 }
                    field.append(byte)
                }
            } else if byte == Self.comma {
                try finish(&field, into: &fields, at: fieldLine)
                fieldLine = line
                continue
            } else if byte == Self.cr || byte == Self.lf {
                if byte == Self.cr, index < bytes.count, bytes[index] == Self.lf { index += 1 }
                line += 1
                try finish(&field, into: &fields, at: fieldLine)
                return (startLine, fields)
            } else if byte == Self.quote, field.isEmpty {
                inQuotes = true
                fieldLine = line
            } else {
                field.append(byte)
            }
            guard field.count <= Self.maxFieldBytes else { throw tooLong(at: fieldLine, column: fields.count) }
        }
        if inQuotes {
            throw ValidationFailure(
                path: "line \(fieldLine)", message: "a quoted field starts on this line but its closing quote is missing")
        }
        try finish(&field, into: &fields, at: fieldLine)
        return (startLine, fields)
    }

    private func finish(_ field: inout [UInt8], into fields: inout [String], at fieldLine: Int) throws(ValidationFailure) {
        guard fields.count < SheetLimits.maxColumns else {
            throw ValidationFailure(path: "line \(fieldLine)", message: "more than \(SheetLimits.maxColumns) columns")
        }
        let text = String(decoding: field, as: UTF8.self)
        guard text.count <= SheetLimits.maxCellCharacters else { throw tooLong(at: fieldLine, column: fields.count) }
        fields.append(text)
        field.removeAll(keepingCapacity: true)
    }

    private func tooLong(at fieldLine: Int, column: Int) -> ValidationFailure {
        ValidationFailure(
            path: "line \(fieldLine), column \(column + 1)",
            message: "the cell is longer than \(SheetLimits.maxCellCharacters) characters")
    }
}
