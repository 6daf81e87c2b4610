/// JSON text written straight into a byte buffer, for the staff rows an import sends in
/// bulk: per row, a `String` and its copies cost more than the writing itself.
enum JSONBytes {
    /// A JSON string: quotes, backslashes and control characters escaped (RFC 8259),
    /// everything else as its UTF-8.
    /// `prefix`, plain text that needs no escaping, goes in front inside the quotes.
    static func appendString(_ string: String, prefix: StaticString = "", to bytes: inout [UInt8]) {
        var string = string
        string.withUTF8 { appendString(utf8: $0, prefix: prefix, to: &bytes) }
    }

    static func appendString(utf8: UnsafeBufferPointer<UInt8>, prefix: StaticString = "", to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        appendLiteral(prefix, to: &bytes)
        if utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: utf8)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case ..<0x20:
                    bytes.append(contentsOf: Array("\\u00".utf8))
                    bytes.append(hexDigits[Int(byte >> 4)])
                    bytes.append(hexDigits[Int(byte & 0xF)])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A whole number in decimal digits (a small string: no allocation).
    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: String(value).utf8)
    }

    static func appendLiteral(_ text: StaticString, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
