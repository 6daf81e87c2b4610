import EquitasCore

/// A staff record's further characteristics as the JSON object `staff_records.other`
/// holds: keys sorted, a blank value as null. Written by hand because a list of 100,000
/// staff would otherwise spend a third of its import in `JSONEncoder`, once per row;
/// `StaffRecordColumns.others(_: String)` reads it back with `JSONDecoder`.
enum StaffOthersJSON {
    static func object(_ other: [String: CharacteristicValue]) -> String {
        guard !other.isEmpty else { return "{}" }
        var text = "{"
        for (index, key) in other.keys.sorted().enumerated() {
            if index > 0 { text += "," }
            append(key, to: &text)
            text += ":"
            if let value = StaffRecordColumns.characteristic(other[key]!) { append(value, to: &text) } else { text += "null" }
        }
        return text + "}"
    }

    /// A JSON string: quotes, backslashes and control characters escaped (RFC 8259).
    private static func append(_ string: String, to text: inout String) {
        text += "\""
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            text += string
        } else {
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}
