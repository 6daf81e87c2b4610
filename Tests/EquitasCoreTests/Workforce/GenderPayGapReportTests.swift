import EquitasCore
import Foundation
import Testing

@Suite("GenderPayGap: the statutory figures")
struct GenderPayGapReportTests {
    @Test("the worked example in docs/pay-gaps.md gives the figures computed there by hand")
    func workedExample() {
        let report = GenderPayGap.report(GenderPayGapExample.staff(), snapshot: GenderPayGapExample.snapshot)
        #expect(report.snapshot == GenderPayGapExample.snapshot)
        #expect(report.relevantEmployees == 11)
        #expect(report.fullPayRelevantEmployees == 10)
        // Men 10, 12, 14, 18: mean 13.50, median 13. Women 8…13: mean and median 10.50.
        #expect(report.meanHourlyGap == Decimal(string: "22.2"))
        #expect(report.medianHourlyGap == Decimal(string: "19.2"))
        // Men's bonuses 100, 200 (not on full pay), 400; women's 30, 60, 150.
        #expect(report.meanBonusGap == Decimal(string: "65.7"))
        #expect(report.medianBonusGap == 70)
        #expect(report.bonusProportion == ["male": 60, "female": 50])
        #expect(report.quartiles == [
            ["male": Decimal(string: "16.7")!, "female": Decimal(string: "83.3")!],
            ["male": Decimal(string: "33.3")!, "female": Decimal(string: "66.7")!],
            ["male": 25, "female": 75],
            ["male": 100, "female": 0],
        ])
        #expect(report.excluded == ["sex prefer not to say": 1])
    }

    @Test("the bonus gap counts only those paid a bonus; the proportion counts everyone")
    func bonusOnlyOverThosePaid() {
        let staff = [
            GenderPayGapExample.person("M1", "m", rate: 10, bonus: 300),
            GenderPayGapExample.person("M2", "m", rate: 10),
            GenderPayGapExample.person("M3", "m", rate: 10),
            GenderPayGapExample.person("M4", "m", rate: 10),
            GenderPayGapExample.person("F1", "f", rate: 10, bonus: 240),
            GenderPayGapExample.person("F2", "f", rate: 10, bonus: 120),
            GenderPayGapExample.person("F3", "f", rate: 10),
        ]
        let report = GenderPayGap.report(staff, snapshot: GenderPayGapExample.snapshot)
        // Men paid: 300 only. Women paid: 240 and 120, mean and median 180. Zeros would
        // have pulled the men's mean to 75 and turned the gap negative.
        #expect(report.meanBonusGap == 40)
        #expect(report.medianBonusGap == 40)
        #expect(report.bonusProportion == ["male": 25, "female": Decimal(string: "66.7")!])
        #expect(report.meanHourlyGap == 0)
    }

    @Test("records with no usable sex are left out and counted, by reason")
    func exclusionsCounted() {
        let staff = [
            GenderPayGapExample.person("A", "MAN", rate: 12),
            GenderPayGapExample.person("B", " woman ", rate: 10),
            GenderPayGapExample.person("C", "Non-binary", rate: 11),
            StaffRecord(employeeId: "D", sex: .preferNotToSay, pay: .rate(9)),
            StaffRecord(employeeId: "E", sex: .notKnown, pay: .rate(9)),
            StaffRecord(employeeId: "F", sex: .blank, pay: .rate(9)),
            StaffRecord(employeeId: "G", sex: .notKnown, pay: .rate(9)),
            StaffRecord(
                employeeId: "H", sex: .value("F"),
                pay: .derived(ordinaryPay: 900, bonusInPeriod: 0, periodDays: 0, weeklyHours: 37), bonusPay: 50),
        ]
        let report = GenderPayGap.report(staff, snapshot: GenderPayGapExample.snapshot)
        #expect(report.excluded == [
            "sex neither male nor female": 1, "sex prefer not to say": 1, "sex not known": 2,
            "sex blank": 1, "no hourly rate": 1,
        ])
        // H has no rate, so only A and B count for hourly pay; H still counts for bonus.
        #expect(report.relevantEmployees == 3)
        #expect(report.fullPayRelevantEmployees == 2)
        #expect(report.meanHourlyGap == Decimal(string: "16.7"))
        #expect(report.bonusProportion == ["male": 0, "female": 50])
    }

    @Test("a side with nobody gives no gap")
    func emptySideGivesNil() {
        let onlyMen = [
            GenderPayGapExample.person("M1", "male", rate: 10, bonus: 100),
            GenderPayGapExample.person("M2", "male", rate: 12),
        ]
        let report = GenderPayGap.report(onlyMen, snapshot: GenderPayGapExample.snapshot)
        #expect(report.meanHourlyGap == nil)
        #expect(report.medianHourlyGap == nil)
        #expect(report.meanBonusGap == nil)
        #expect(report.medianBonusGap == nil)
        #expect(report.bonusProportion == ["male": 50])
        #expect(report.quartiles.count == 4)

        // Women with no bonus at all: the bonus gap has no women's side either.
        let noWomensBonus = onlyMen + [GenderPayGapExample.person("F1", "female", rate: 9)]
        let second = GenderPayGap.report(noWomensBonus, snapshot: GenderPayGapExample.snapshot)
        #expect(second.meanBonusGap == nil)
        #expect(second.meanHourlyGap != nil)
        #expect(second.bonusProportion["female"] == 0)
    }

    @Test("an empty list gives four empty bands and no figures")
    func nobodyAtAll() {
        let report = GenderPayGap.report([], snapshot: GenderPayGapExample.snapshot)
        #expect(report.relevantEmployees == 0)
        #expect(report.quartiles == [[:], [:], [:], [:]])
        #expect(report.bonusProportion.isEmpty)
        #expect(report.excluded.isEmpty)
    }

    @Test("encodes with the project's snake_case keys and decodes back")
    func jsonRoundTrip() throws {
        let report = GenderPayGap.report(GenderPayGapExample.staff(), snapshot: GenderPayGapExample.snapshot)
        let data = try JSONCoding.encoder().encode(report)
        let text = try #require(String(data: data, encoding: .utf8))
        for key in [
            "mean_hourly_gap", "median_hourly_gap", "mean_bonus_gap", "median_bonus_gap", "bonus_proportion",
            "quartiles", "relevant_employees", "full_pay_relevant_employees", "snapshot", "excluded",
        ] {
            #expect(text.contains("\"\(key)\""), "missing \(key)")
        }
        #expect(text.contains("\"2026-03-31\""))
        #expect(text.contains("\"sex prefer not to say\""))
        #expect(try JSONCoding.decoder().decode(GenderPayGapReport.self, from: data) == report)
    }
}
