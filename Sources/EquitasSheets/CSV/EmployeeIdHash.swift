/// The fast staff list paths' check for a repeated employee id: a 64-bit hash of each id
/// (two equal hashes send the file to the general reader, which compares the ids
/// themselves), and the test for an id cell that is the id as it stands. Both read eight
/// bytes at a time: a byte-by-byte hash is a chain of a multiply per byte, and was a
/// twentieth of the pay gap path.
enum EmployeeIdHash {
    private static let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080

    /// Printable ASCII without spaces (0x21–0x7E), not starting with an apostrophe: the
    /// cell is the id, with nothing to trim or undo.
    @inline(__always)
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, let base = bytes.baseAddress, bytes[0] != UInt8(ascii: "'") else { return false }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let low = word & ~tops
            // Per byte, without carries between bytes (each sum is under 0x100): the top
            // bit clear, at least 0x21 (adding 0x5F reaches 0x80), and not 0x7F.
            guard word & tops == 0, (low &+ 0x5F * ones) & tops == tops, (low &+ ones) & tops == 0 else { return false }
            index += 8
        }
        while index < bytes.count {
            guard bytes[index] > 0x20, bytes[index] < 0x7F else { return false }
            index += 1
        }
        return true
    }

    /// The id's bytes, eight at a time, each word mixed in by a multiply; the last few
    /// bytes and the length make the last word.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
        }
        var tail = UInt64(bytes.count) << 56
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        return mix(hash ^ tail)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 32
        value = value &* 0xD6E8_FEB8_6659_FD93
        return value ^ (value >> 32)
    }
}
