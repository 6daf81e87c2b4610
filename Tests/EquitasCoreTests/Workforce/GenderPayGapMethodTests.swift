import EquitasCore
import Foundation
import Testing

@Suite("GenderPayGap: hourly rates, medians and rounding")
struct GenderPayGapMethodTests {
    @Test("a given rate is taken as it is")
    func givenRate() {
        #expect(PayGapMethod.hourlyRate(.rate(Decimal(string: "11.37")!)) == Decimal(string: "11.37"))
    }

    @Test("a derived rate is period pay, with the period's bonus, per week per hour")
    func derivedRate() {
        // (1400 + 100) × 7 ÷ 30 ÷ 35 = 10.
        #expect(PayGapMethod.hourlyRate(.derived(ordinaryPay: 1400, bonusInPeriod: 100, periodDays: 30, weeklyHours: 35)) == 10)
        // A monthly 2,000 over 28 days at 37.5 hours: 2000 × 7 ÷ 28 ÷ 37.5 = 13.333…
        let monthly = PayGapMethod.hourlyRate(.derived(ordinaryPay: 2000, bonusInPeriod: 0, periodDays: 28, weeklyHours: Decimal(string: "37.5")!))
        #expect(monthly.map(PayGapMethod.rounded) == Decimal(string: "13.3"))
        #expect(monthly.map { abs(($0 - Decimal(40) / 3) as Decimal) < Decimal(string: "0.0000001")! } == true)
    }

    @Test("no derived rate without positive days and hours")
    func derivedRateNeedsDaysAndHours() {
        #expect(PayGapMethod.hourlyRate(.derived(ordinaryPay: 1000, bonusInPeriod: 0, periodDays: 0, weeklyHours: 35)) == nil)
        #expect(PayGapMethod.hourlyRate(.derived(ordinaryPay: 1000, bonusInPeriod: 0, periodDays: 30, weeklyHours: 0)) == nil)
        #expect(PayGapMethod.hourlyRate(.derived(ordinaryPay: 1000, bonusInPeriod: 0, periodDays: -7, weeklyHours: 35)) == nil)
    }

    @Test("a median of an even count is the mean of the middle two")
    func medians() {
        #expect(PayGapMethod.median([4, 1, 3, 2]) == Decimal(string: "2.5"))
        #expect(PayGapMethod.median([5, 1, 3]) == 3)
        #expect(PayGapMethod.median([]) == nil)
        #expect(PayGapMethod.mean([]) == nil)
    }

    @Test("percentages round to one place, a half away from zero")
    func rounding() {
        #expect(PayGapMethod.rounded(Decimal(string: "12.25")!) == Decimal(string: "12.3"))
        #expect(PayGapMethod.rounded(Decimal(string: "-12.25")!) == Decimal(string: "-12.3"))
        #expect(PayGapMethod.rounded(Decimal(string: "12.2499")!) == Decimal(string: "12.2"))
        #expect(PayGapMethod.rounded(Decimal(string: "-0.04")!) == 0)
        // Men 8, women 7.99: (0.01 ÷ 8) × 100 = 0.125 → 0.1.
        #expect(PayGapMethod.gap(men: 8, women: Decimal(string: "7.99")) == Decimal(string: "0.1"))
        // Women paid more gives a negative gap: (10 − 10.05) ÷ 10 × 100 = −0.5.
        #expect(PayGapMethod.gap(men: 10, women: Decimal(string: "10.05")) == Decimal(string: "-0.5"))
        #expect(PayGapMethod.gap(men: 0, women: 5) == nil)
    }
}
