/// The one reading of a plain amount cell the fast paths share ("1234", "12.65",
/// "0012.10"): digits, and at most one point with a digit on each side. Each caller
/// then applies its own bounds (how many digits, how many places) to what this finds.
enum PlainDecimalDigits {
    /// The digits as one number, how many there are, and how many follow the point; nil
    /// for an empty cell, one longer than `maximumBytes`, or anything but digits and a point.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, maximumBytes: Int) -> (value: UInt64, digits: Int, decimals: Int)? {
        guard !bytes.isEmpty, bytes.count <= maximumBytes else { return nil }
        var value: UInt64 = 0
        var digits = 0, decimals = 0
        var point = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !point, digits > 0 else { return nil }
                point = true
                continue
            }
            let digit = byte &- 0x30
            guard digit <= 9 else { return nil }
            value = value &* 10 &+ UInt64(digit)
            digits += 1
            if point { decimals += 1 }
        }
        guard !point || decimals > 0 else { return nil }
        return (value, digits, decimals)
    }
}
