import Testing

@testable import EquitasSheets

/// The fast paths' id check reads eight bytes at a time: it must say what the byte-by-byte
/// rule says for every byte at every place in a word, and the hash must tell ids apart.
@Suite("Employee id hash: eight bytes at a time")
struct EmployeeIdHashTests {
    /// The rule, byte by byte: not empty, no leading apostrophe, every byte 0x21–0x7E.
    static func plainByBytes(_ bytes: [UInt8]) -> Bool {
        !bytes.isEmpty && bytes[0] != UInt8(ascii: "'") && bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }

    @Test("plain or not, for each edge byte at every place of a 20-byte id, and for short ids")
    func plain() {
        for length in [0, 1, 7, 8, 9, 16, 20] {
            for place in 0..<max(length, 1) {
                for byte: UInt8 in [0x00, 0x1F, 0x20, 0x21, 0x27, 0x41, 0x7E, 0x7F, 0x80, 0xC3, 0xFF] {
                    var id = [UInt8](repeating: UInt8(ascii: "E"), count: length)
                    if length > 0 { id[place] = byte }
                    let fast = id.withUnsafeBufferPointer { EmployeeIdHash.isPlain($0) }
                    #expect(fast == Self.plainByBytes(id), "length \(length), byte \(byte) at \(place)")
                }
            }
        }
    }

    @Test("the same id the same hash, read from anywhere; ids a byte or a length apart, different hashes")
    func hashes() {
        func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { EmployeeIdHash.hash($0) } }
        var seen: [UInt64: [UInt8]] = [:]
        for number in 0..<20_000 {
            let id = Array("E\(String(repeating: "0", count: number % 9))\(number)".utf8)
            #expect(hash(id) == hash(Array(id)))
            #expect(seen.updateValue(id, forKey: hash(id)) == nil, "\(id)")
        }
        #expect(hash(Array("E1".utf8)) != hash(Array("E1\u{0}".utf8)))
        #expect(hash([]) != hash([0]))
    }
}
