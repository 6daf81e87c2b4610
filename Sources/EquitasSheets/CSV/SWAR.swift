/// Finding the end of an unquoted CSV field eight bytes at a time, in one 64-bit word
/// ("SIMD within a register"): the byte scan is most of the fast staff list paths' time.
enum SWAR {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let tops: UInt64 = 0x8080_8080_8080_8080
    private static let commas = ones &* UInt64(UInt8(ascii: ","))
    private static let lineFeeds = ones &* UInt64(UInt8(ascii: "\n"))
    private static let returns = ones &* UInt64(UInt8(ascii: "\r"))

    /// The top bit of each zero byte of `word`. Bits above the lowest may be false alarms
    /// (a borrow runs on), but the lowest set bit is always a zero byte, which is all the
    /// scan asks.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & tops
    }

    /// Where the unquoted field starting at `start` ends: the first comma, CR or LF at
    /// or after it (or `end`); nil at a NUL byte. `high` becomes true at any byte of
    /// 0x80 or more, so that the record is checked to be UTF-8.
    @inline(__always)
    static func fieldEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, high: inout Bool) -> Int? {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let stop = zeroBytes(word ^ commas) | zeroBytes(word ^ lineFeeds) | zeroBytes(word ^ returns)
                // Once the record has a high byte, they no longer need stopping for.
                let odd = zeroBytes(word) | (high ? 0 : word & tops)
                let found = stop | odd
                if found == 0 {
                    index += 8
                    continue
                }
                // Read little-endian, so the lowest set bit is the first such byte in the
                // file; and it is a true match in whichever mask holds it.
                let lowest = found & (0 &- found)
                let at = index + lowest.trailingZeroBitCount >> 3
                if lowest & odd == 0 { return at }
                if lowest & zeroBytes(word) != 0 { return nil }
                high = true
                index = at + 1
            }
        }
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return index }
            if byte == 0 { return nil }
            if byte >= 0x80 { high = true }
            index += 1
        }
        return index
    }
}
