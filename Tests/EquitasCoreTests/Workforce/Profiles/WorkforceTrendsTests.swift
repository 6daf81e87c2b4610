import EquitasCore
import Foundation
import Testing

@Suite("Workforce trends")
struct WorkforceTrendsTests {
    /// 2025: 10 men at 20 and 10 women at 15, everyone disclosed.
    /// 2026: 10 men at 20, 12 women at 18, and 3 who preferred not to say.
    static var snapshots: [(date: CalendarDate, records: [StaffRecord])] {
        let later = ProfileExample.payList(men: 10, menRate: 20, women: 12, womenRate: 18)
            + (0..<3).map { ProfileExample.person(50 + $0, sex: .preferNotToSay) }
        // Given newest first, to show they are put in order.
        return [(ProfileExample.later, later), (ProfileExample.earlier, ProfileExample.payList(men: 10, menRate: 20, women: 10, womenRate: 15))]
    }

    @Test("headcount and the statutory mean and median hourly gaps at each date, oldest first")
    func snapshotFigures() {
        let trends = WorkforceTrends.build(Self.snapshots, characteristics: [.sex])
        #expect(trends.snapshots.map(\.date) == [ProfileExample.earlier, ProfileExample.later])
        #expect(trends.snapshots.map(\.headcount) == [20, 25])
        // (20 − 15) ÷ 20 = 25.0%; (20 − 18) ÷ 20 = 10.0%. Every rate is equal within a sex, so the medians match.
        #expect(trends.snapshots.map(\.meanHourlyGap) == [25, 10])
        #expect(trends.snapshots.map(\.medianHourlyGap) == [25, 10])
    }

    @Test("disclosure rate and each group's share at each date")
    func characteristicTrend() throws {
        let trend = try #require(WorkforceTrends.build(Self.snapshots, characteristics: [.sex], threshold: 90).characteristics.first)
        #expect(trend.groups == ["Female", "Male"])
        // 2025: 20 of 20; 2026: 22 of 25 = 88.0, under 90.
        #expect(trend.points.map(\.disclosureRate) == [100, 88])
        #expect(trend.points.map(\.belowThreshold) == [false, true])
        // 2025: 50/50; 2026: 12 ÷ 22 = 54.5…, 10 ÷ 22 = 45.45… → 45.5.
        #expect(trend.points.map(\.shares) == [[50, 50], [Decimal(string: "54.5"), Decimal(string: "45.5")]])
    }

    @Test("the overview picks the newest snapshot or the one asked for, and nothing for an unknown date")
    func overview() throws {
        let data = Self.snapshots.map { EqualityInformationInput.SnapshotData(
            snapshot: WorkforceSnapshot(organisationId: ProfileExample.organisation, date: $0.date, staffCount: $0.records.count), records: $0.records) }
        let newest = try #require(WorkforceOverview.build(snapshots: data, community: nil))
        #expect(newest.snapshotDate == ProfileExample.later && newest.headcount == 25 && !newest.hasCommunityProfile)
        #expect(newest.profiles.map(\.characteristic) == [.sex, .ethnicity, .disability])
        #expect(newest.trends.snapshots.count == 2 && newest.comparisons.isEmpty)
        #expect(WorkforceOverview.build(snapshots: data, selected: ProfileExample.earlier, community: nil)?.headcount == 20)
        #expect(WorkforceOverview.build(snapshots: data, selected: CalendarDate(year: 2020, month: 1, day: 1)!, community: nil) == nil)
        #expect(WorkforceOverview.build(snapshots: [], community: nil) == nil)
    }
}
