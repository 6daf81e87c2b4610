/// Bytes as lowercase hex, two digits a byte. Written out rather than through
/// `String(format:)`, which costs more than the SHA-256 it spells on every signed-in
/// request (the session cookie's hash).
enum LowercaseHex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func string<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
