import EquitasCore
import Foundation
import Testing

@Suite("Report versions as values")
struct ReportVersionTests {
    @Test("a version, snapshot and all, survives JSON unchanged")
    func snapshotRoundTrip() throws {
        let version = try TrailFixture.version(2)

        let data = try JSONCoding.encoder().encode(version)
        let decoded = try JSONCoding.decoder().decode(ReportVersion.self, from: data)

        #expect(decoded == version)
        #expect(decoded.snapshot.findings.count == 5)
        #expect(String(decoding: data, as: UTF8.self).contains("\"issued_on\" : \"2025-04-01\""))
    }

    @Test("?version= reads working, draft, final or a number, and nothing else")
    func choices() throws {
        #expect(ReportVersionChoice("working") == .working)
        #expect(ReportVersionChoice("draft") == .latestDraft)
        #expect(ReportVersionChoice("FINAL") == .final)
        #expect(ReportVersionChoice("3") == .number(3))
        #expect(ReportVersionChoice("0") == nil)
        #expect(ReportVersionChoice("latest") == nil)
        let failure = #expect(throws: ValidationFailure.self) { try ReportVersionChoice.parse("v2", path: "version") }
        #expect(failure?.description == "version: \"v2\" is not a report version; use working, draft (the latest), final or a version number")
    }

    @Test("a report is dated by the day in the UK, not in UTC")
    func ukDay() {
        let halfPastMidnightBST = Date(timeIntervalSince1970: 1_743_463_800) // 2025-03-31T23:30:00Z

        #expect(CalendarDate(halfPastMidnightBST) == CalendarDate("2025-04-01"))
        #expect(CalendarDate(halfPastMidnightBST, in: TimeZone(identifier: "UTC")!) == CalendarDate("2025-03-31"))
    }

    @Test("the framework a snapshot is rendered with is the one it is pinned to")
    func pinnedFramework() throws {
        var record = try TrailFixture.record()
        let source = ReportSource(record: record, edition: .working(asOf: CalendarDate("2025-04-01")!))
        record.challenge.value.frameworkVersion = "9"
        let lost = ReportSource(record: record, edition: .final(issued: CalendarDate("2025-04-01")!))

        #expect(try source.framework(in: .mock).version == "2")
        #expect(throws: RuleViolation.self) { try lost.framework(in: .mock) }
    }
}
