/// A value in PostgreSQL's `COPY … FROM STDIN` text format: a backslash, tab, line feed
/// and carriage return escaped with a backslash, everything else as its UTF-8.
enum CopyTextBytes {
    static func append(utf8: UnsafeBufferPointer<UInt8>, prefix: StaticString = "", to bytes: inout [UInt8]) {
        JSONBytes.appendLiteral(prefix, to: &bytes)
        if utf8.allSatisfy({ $0 != UInt8(ascii: "\\") && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            bytes.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: bytes.append(byte)
            }
        }
    }
}
