import Foundation

/// The ids of one import's staff rows: UUIDs that rise in the order they are made, so each
/// row's key goes in at the end of the primary key's index rather than at a random place
/// in it. Random keys made every 1,000-row statement touch (and, on SQLite, copy into the
/// statement journal) most of the index's pages; rising keys touch its last few.
///
/// Each is a version 7 UUID (RFC 9562): the milliseconds since 1970 at the start of the
/// import, then random bits, and in the last 48 bits a counter that starts at a random
/// value below 2⁴⁷ and goes up by one a row (the RFC's "monotonic random" method), so
/// ids stay unique within an import and, with 2⁷³ random starting points a millisecond,
/// between imports. Written in capitals, as Foundation writes `uuidString`, so on SQLite
/// (where UUIDs are text) they look like every other id. Nothing reads meaning into a
/// staff row's id; nothing refers to one.
struct StaffRecordIDs {
    /// "TTTTTTTT-TTTT-7RRR-VRRR-" as bytes: everything but the counter.
    private let prefix: [UInt8]
    private var counter: UInt64

    init(now: Date = Date()) {
        var random = SystemRandomNumberGenerator()
        let milliseconds = UInt64(max(0, now.timeIntervalSince1970 * 1000)) & 0xFFFF_FFFF_FFFF
        let randomA = random.next() & 0xFFF
        let randomB = random.next() & 0x3FFF
        var text = Self.hex(milliseconds >> 16, digits: 8) + "-" + Self.hex(milliseconds & 0xFFFF, digits: 4) + "-"
        text += "7" + Self.hex(randomA, digits: 3) + "-" + Self.hex(0x8000 | randomB, digits: 4) + "-"
        prefix = Array(text.utf8)
        counter = random.next() & 0x7FFF_FFFF_FFFF
    }

    /// Appends the next id's 36 characters.
    mutating func appendNext(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: prefix)
        var shift = 44
        while shift >= 0 {
            bytes.append(Self.digits[Int((counter >> UInt64(shift)) & 0xF)])
            shift -= 4
        }
        counter += 1
    }

    /// The next id, for callers that want a `String`.
    mutating func next() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(36)
        appendNext(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let digits = Array("0123456789ABCDEF".utf8)

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: digits - text.count) + text
    }
}
