import Foundation
import Testing

@testable import EquitasPersistence

@Suite("Timestamps as text, read back")
struct MicrosecondTimestampTests {
    /// What the general reading gives (the calendar's), written out here on purpose:
    /// the digit-by-digit reading must agree with it to the microsecond.
    static func byCalendar(_ text: String) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let n = text.split(whereSeparator: { "-T:.Z".contains($0) }).compactMap { Int($0) }
        guard n.count == 7 else { return nil }
        let date = calendar.date(from: DateComponents(year: n[0], month: n[1], day: n[2], hour: n[3], minute: n[4], second: n[5]))
        return date?.addingTimeInterval(Double(n[6]) / 1_000_000)
    }

    @Test("the written layout is read digit by digit, to the same instant the calendar gives")
    func sameAsCalendar() throws {
        var generator = SystemRandomNumberGenerator()
        var texts = [
            "2024-02-29T23:59:59.999999Z", "2000-01-01T00:00:00.000000Z", "1970-01-01T00:00:00.000001Z",
            "1969-12-31T23:59:59.500000Z", "2100-03-01T12:00:00.000000Z", "1600-03-01T00:00:00.000000Z",
            "2026-04-31T10:00:00.000000Z",  // a day past the month's end runs on, as the calendar does
        ]
        for _ in 0..<2000 {
            let seconds = Double(Int64.random(in: -5_000_000_000...250_000_000_000, using: &generator))
            texts.append(try #require(MicrosecondTimestamp().serialize(Date(timeIntervalSince1970: seconds + Double.random(in: 0..<1)))))
        }
        for text in texts {
            let fast = try #require(MicrosecondTimestamp.parseWritten(text), "\(text)")
            let reference = try #require(Self.byCalendar(text))
            #expect(abs(fast.timeIntervalSince(reference)) < 0.000_000_5, "\(text)")
            #expect(MicrosecondTimestamp().parse(text) == fast)
        }
    }

    @Test("anything else goes the general way")
    func otherLayouts() {
        for text in ["2024-03-12T09:30:00Z", "2024-03-12 09:30:00.123456Z", "2024-13-12T09:30:00.123456Z", "1500-03-12T09:30:00.123456Z",
            "2024-03-12T09:30:00.12345xZ", "2024-03-12T09:30:00.123456+"] {
            #expect(MicrosecondTimestamp.parseWritten(text) == nil, "\(text)")
        }
        #expect(MicrosecondTimestamp().parse("2024-13-12T09:30:00.123456Z") == Self.byCalendar("2024-13-12T09:30:00.123456Z"))
        #expect(MicrosecondTimestamp().parse("not a time") == nil)
    }
}
