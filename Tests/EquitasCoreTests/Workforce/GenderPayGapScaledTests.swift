import EquitasCore
import Foundation
import Testing

/// `GenderPayGap.report` adds and ranks whole numbers of pence when it can; these check
/// it against the `Decimal` building blocks it replaces, on lists with many ties.
@Suite("GenderPayGap: whole-pence arithmetic agrees with Decimal")
struct GenderPayGapScaledTests {
    static let snapshot = CalendarDate(year: 2026, month: 3, day: 31)!

    /// What the report was before: every figure from `PayGapMethod` and `PayQuartiles`.
    static func expected(_ staff: [StaffRecord]) -> (hourly: [Decimal?], bonus: [Decimal?], quartiles: [[String: Decimal]]) {
        let relevant = staff.filter { $0.sex == .value("Male") || $0.sex == .value("Female") }
        let full = relevant.filter(\.fullPay).compactMap { record in
            PayGapMethod.hourlyRate(record.pay).map { (rate: $0, isMale: record.sex == .value("Male")) }
        }
        let menRates = full.filter(\.isMale).map(\.rate), womenRates = full.filter { !$0.isMale }.map(\.rate)
        let menBonus = relevant.filter { $0.sex == .value("Male") && $0.bonusPay > 0 }.map(\.bonusPay)
        let womenBonus = relevant.filter { $0.sex == .value("Female") && $0.bonusPay > 0 }.map(\.bonusPay)
        return (
            [PayGapMethod.gap(men: PayGapMethod.mean(menRates), women: PayGapMethod.mean(womenRates)),
             PayGapMethod.gap(men: PayGapMethod.median(menRates), women: PayGapMethod.median(womenRates))],
            [PayGapMethod.gap(men: PayGapMethod.mean(menBonus), women: PayGapMethod.mean(womenBonus)),
             PayGapMethod.gap(men: PayGapMethod.median(menBonus), women: PayGapMethod.median(womenBonus))],
            PayQuartiles.bands(full).map(\.percentages))
    }

    @Test("random lists with few distinct rates, odd counts and mixed decimal places", arguments: [1, 2, 3, 7, 10, 101, 2_003])
    func agrees(count: Int) {
        var state: UInt64 = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let rates = ["9", "10.5", "10.50", "11.333", "12", "0.01", "14.2"].map { Decimal(string: $0)! }
        let staff = (0..<count).map { index in
            StaffRecord(
                employeeId: "\(index)", sex: [.value("Male"), .value("Female"), .value("Female"), .preferNotToSay][next(4)],
                fullPay: next(10) > 0, pay: .rate(rates[next(rates.count)]), bonusPay: next(3) == 0 ? Decimal(next(500)) / 4 : 0)
        }
        let report = GenderPayGap.report(staff, snapshot: Self.snapshot)
        let expected = Self.expected(staff)
        #expect([report.meanHourlyGap, report.medianHourlyGap] == expected.hourly)
        #expect([report.meanBonusGap, report.medianBonusGap] == expected.bonus)
        #expect(report.quartiles == expected.quartiles)
    }

    @Test("derived rates with many digits take the Decimal way and give the same figures")
    func derivedRates() {
        let staff = (0..<40).map { index in
            StaffRecord(
                employeeId: "\(index)", sex: index % 3 == 0 ? .value("Male") : .value("Female"),
                pay: .derived(ordinaryPay: Decimal(1_900 + index * 37), bonusInPeriod: 0, periodDays: 31, weeklyHours: Decimal(string: "37.5")!))
        }
        let report = GenderPayGap.report(staff, snapshot: Self.snapshot)
        let expected = Self.expected(staff)
        #expect([report.meanHourlyGap, report.medianHourlyGap] == expected.hourly)
        #expect(report.quartiles == expected.quartiles)
    }
}
