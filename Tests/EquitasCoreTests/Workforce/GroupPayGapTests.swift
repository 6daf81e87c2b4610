@testable import EquitasCore
import Foundation
import Testing

@Suite("GroupPayGap: ethnicity and disability")
struct GroupPayGapTests {
    /// The arithmetic, with nothing hidden (the example is far too small to publish).
    static let report = GroupPayGap.ethnicity(GroupPayGapExample.staff, snapshot: GroupPayGapExample.snapshot, control: .arithmeticOnly)

    @Test("three groups: the reference first, Asian compared with it, Black by the same method")
    func threeGroups() throws {
        let report = Self.report
        #expect(report.characteristic == "ethnicity")
        #expect(report.referenceGroup == "White British")
        #expect(report.groups.map(\.group) == ["White British", "Asian", "Black"])

        let reference = report.groups[0]
        #expect(reference.employees == 10 && reference.fullPayEmployees == 10)
        #expect(reference.meanHourlyGap == nil && reference.suppressed == false)
        #expect(reference.bonusProportion == 50)

        // White British: mean (5×18 + 5×22) ÷ 10 = 20, median (18 + 22) ÷ 2 = 20.
        // Asian: mean (5×12 + 4×15 + 24) ÷ 10 = 14.4, median (12 + 15) ÷ 2 = 13.5.
        // Bonuses: White British 100s, Asian 50s.
        let asian = report.groups[1]
        #expect(asian.employees == 10 && asian.fullPayEmployees == 10)
        #expect(asian.meanHourlyGap == 28)   // (20 − 14.4) ÷ 20
        #expect(asian.medianHourlyGap == 32.5)   // (20 − 13.5) ÷ 20
        #expect(asian.meanBonusGap == 50 && asian.medianBonusGap == 50)
        #expect(asian.bonusProportion == 20)   // 2 of 10
        #expect(asian.suppressed == false)

        // Black: three at 10, nobody paid a bonus: (20 − 10) ÷ 20.
        #expect(report.groups[2].employees == 3 && report.groups[2].meanHourlyGap == 50 && report.groups[2].meanBonusGap == nil)
    }

    @Test("published, the three Black staff are hidden, and never alone")
    func published() {
        let report = GroupPayGap.ethnicity(GroupPayGapExample.staff, snapshot: GroupPayGapExample.snapshot)
        let black = report.groups[2]
        #expect(black.group == "Black" && black.suppressed && black.employees == nil && black.meanHourlyGap == nil)
        // 3 + 10 = 13 would do for the total, but the groups' pay splits and quartile
        // shares rest on so few that every group is hidden.
        #expect(report.groups.filter(\.suppressed).count == 3)
        // Ten people on each side: the bonus gaps (five and two paid) are held back.
        #expect(report.groups.allSatisfy { $0.meanBonusGap == nil })
        #expect(report.quartilesWithheld.allSatisfy { $0.isEmpty || $0.count >= 2 })
    }

    @Test("quartiles share out every group's people by the ranking")
    func quartiles() {
        // 23 disclosed, bands 6, 6, 6, 5. Ranked: 3 Black at 10, Asian at 12 (×5)
        // and 15 (×4), White British at 18 (×5) and 22 (×5), Asian at 24.
        #expect(Self.report.quartiles == [
            ["White British": 0, "Asian": 50, "Black": 50],
            ["White British": 0, "Asian": 100, "Black": 0],
            ["White British": 100, "Asian": 0, "Black": 0],
            ["White British": 80, "Asian": 20, "Black": 0],
        ])
    }

    @Test("prefer not to say, not known and blank are counted apart")
    func disclosure() {
        let one = DisclosureCount(count: 1, percentage: 3.8)   // 1 ÷ 26 = 3.846…
        #expect(Self.report.notDisclosed == GroupDisclosure(
            preferNotToSay: one, notKnown: one, blank: one, disclosureRate: 88.5))   // 23 ÷ 26 = 88.46…
    }

    @Test("the collapsed comparison puts Asian and Black together as ethnic minority")
    func collapsed() throws {
        let collapsed = try #require(Self.report.collapsed)
        #expect(collapsed.groups.map(\.group) == ["White British", GroupPayGap.ethnicMinorityLabel])
        let minority = collapsed.groups[1]
        // 13 people: 10, 10, 10, 12×5, 15×4, 24. Sum 174, mean 13.384…; median the 7th, 12.
        #expect(minority.employees == 13 && minority.suppressed == false)
        #expect(minority.meanHourlyGap == 33.1)   // (20 − 174/13) ÷ 20 = 33.07…
        #expect(minority.medianHourlyGap == 40)   // (20 − 12) ÷ 20
        #expect(minority.meanBonusGap == 50 && minority.medianBonusGap == 50)
        #expect(minority.bonusProportion == 15.4)   // 2 ÷ 13 = 15.38…
        #expect(collapsed.quartiles == [
            ["White British": 0, "ethnic minority": 100], ["White British": 0, "ethnic minority": 100],
            ["White British": 100, "ethnic minority": 0], ["White British": 80, "ethnic minority": 20],
        ])
    }

    @Test("another reference name is matched ignoring case, and disability has no collapsed figures")
    func referenceAndDisability() {
        let byAsian = GroupPayGap.ethnicity(GroupPayGapExample.staff, snapshot: GroupPayGapExample.snapshot, reference: " ASIAN ", control: .arithmeticOnly)
        #expect(byAsian.referenceGroup == "ASIAN")
        // "white british" and "White British" are one group, under the first spelling met.
        #expect(byAsian.groups.map(\.group) == ["ASIAN", "Black", "white british"])
        #expect(byAsian.groups[0].employees == 10 && byAsian.groups[2].employees == 10)

        // Ten not disabled at 20 (as "No", "not disabled" and "Non-Disabled"), ten disabled
        // at 16 (as "Yes" and "DISABLED"), two "Unsure" kept as their own group.
        var staff: [StaffRecord] = []
        let values: [(String, Int, Decimal)] = [
            ("No", 4, 20), ("not disabled", 3, 20), ("Non-Disabled", 3, 20), ("Yes", 5, 16), ("DISABLED", 5, 16), ("Unsure", 2, 30),
        ]
        for (value, count, rate) in values {
            for _ in 0..<count {
                staff.append(StaffRecord(employeeId: "D\(staff.count)", sex: .blank, disability: .value(value), pay: .rate(rate)))
            }
        }
        let report = GroupPayGap.disability(staff, snapshot: GroupPayGapExample.snapshot, control: .arithmeticOnly)
        #expect(report.referenceGroup == "not disabled" && report.collapsed == nil)
        #expect(report.groups.map(\.group) == ["not disabled", "Unsure", "disabled"])
        #expect(report.groups[2].employees == 10)
        #expect(report.groups[2].meanHourlyGap == 20 && report.groups[2].medianHourlyGap == 20)   // (20 − 16) ÷ 20
        #expect(report.groups[2].meanBonusGap == nil)   // nobody paid a bonus
        #expect(report.notDisclosed.disclosureRate == 100)
        // Published, "Unsure" (2) is hidden, and one group of ten with it: never one alone.
        let published = GroupPayGap.disability(staff, snapshot: GroupPayGapExample.snapshot)
        #expect(published.groups[1].suppressed && published.groups.filter(\.suppressed).count == 2)
    }
}
