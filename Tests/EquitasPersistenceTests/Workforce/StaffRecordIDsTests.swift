import Foundation
import Testing

@testable import EquitasPersistence

@Suite("Staff row ids")
struct StaffRecordIDsTests {
    @Test("each is a version 7 UUID in capitals, they rise in the order made, and two imports' differ")
    func rising() throws {
        let start = Date(timeIntervalSince1970: 1_796_000_000.123)
        var ids = StaffRecordIDs(now: start)
        let made = (0..<5_000).map { _ in ids.next() }
        for id in made {
            let uuid = try #require(UUID(uuidString: id), "\(id) is not a UUID")
            #expect(uuid.uuidString == id)
            let bytes = uuid.uuid
            #expect(bytes.6 >> 4 == 7, "version of \(id)")
            #expect(bytes.8 >> 6 == 0b10, "variant of \(id)")
        }
        #expect(made == made.sorted())
        #expect(Set(made).count == made.count)
        // The first 48 bits are the milliseconds since 1970.
        #expect(UInt64(made[0].prefix(8) + made[0].dropFirst(9).prefix(4), radix: 16) == 1_796_000_000_123)
        var other = StaffRecordIDs(now: start)
        #expect(Set((0..<5_000).map { _ in other.next() }).isDisjoint(with: made))
    }
}
