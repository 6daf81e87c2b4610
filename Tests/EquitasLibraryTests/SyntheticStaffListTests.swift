import EquitasCore
@testable import EquitasLibrary
import Foundation
import Testing

@Suite("Synthetic staff list")
struct SyntheticStaffListTests {
    @Test("the same seed gives the same list, byte for byte; another seed another list")
    func deterministic() {
        let list = SyntheticStaffList(seed: 7)
        #expect(list.csv(count: 500) == SyntheticStaffList(seed: 7).csv(count: 500))
        #expect(list.csv(count: 500) != SyntheticStaffList(seed: 8).csv(count: 500))
        // The first rows of a longer list are the shorter list.
        #expect(list.rows(count: 1_000).prefix(300).elementsEqual(list.rows(count: 300)))
        // Pinned, so that a change to the generator is a deliberate one.
        #expect(list.rows(count: 1)[0].employeeId == "E0000001")
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test("the CSV has the default columns, one line per row, and commas quoted")
    func csvShape() throws {
        let text = String(decoding: SyntheticStaffList(seed: 1).csv(count: 2_000), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "employee_id,sex,ethnicity,disability,grade,full_pay,hourly_pay,bonus_pay,age_band,religion_or_belief,sexual_orientation")
        #expect(lines.count == 2_002 && lines.last == "")
        #expect(text.contains("\"Black, Black British, Black Welsh, Caribbean or African\""))
    }

    @Test("shaped like a council: women lower down, 7% on reduced pay, 10% paid a bonus, 80% disclose disability")
    func councilShape() throws {
        let rows = SyntheticStaffList(seed: 2026).rows(count: 40_000)
        func share(_ test: (SyntheticStaffList.Row) -> Bool) -> Double { Double(rows.filter(test).count) / Double(rows.count) }
        #expect(abs(share { !$0.fullPay } - 0.07) < 0.01)
        #expect(abs(share { $0.bonusPence > 0 } - 0.10) < 0.01)
        #expect(abs(share { $0.disability == "Yes" || $0.disability == "No" } - 0.80) < 0.015)
        #expect(share { $0.sex == "Prefer not to say" } > 0 && share { $0.sex == "Not known" } > 0 && share { $0.sex == "" } > 0)
        #expect(share { $0.ethnicity == "Prefer not to say" } > 0.02 && share { $0.ethnicity == "Not known" } > 0.02 && share { $0.ethnicity == "" } > 0.01)
        let lowest = rows.filter { $0.grade == "Grade 1" }, top = rows.filter { $0.grade == "Chief Officer" }
        #expect(Double(lowest.filter { $0.sex == "Female" }.count) / Double(lowest.count) > 0.65)
        #expect(Double(top.filter { $0.sex == "Female" }.count) / Double(top.count) < 0.5)
        #expect(lowest.map(\.hourlyPence).max()! < top.map(\.hourlyPence).min()!)

        let report = GenderPayGap.report(rows.map(\.record), snapshot: CalendarDate(year: 2026, month: 3, day: 31)!)
        let mean = try #require(report.meanHourlyGap)
        #expect(mean >= 5 && mean <= 10)
        #expect(report.excluded["sex prefer not to say"] != nil && report.excluded["sex not known"] != nil)
    }

    @Test("records are what the row says: prefer not to say, not known and blank kept apart")
    func records() {
        let row = SyntheticStaffList.Row(
            employeeId: "E1", sex: "Female", ethnicity: "Not known", disability: "", grade: "Grade 2", fullPay: false, hourlyPence: 1379,
            bonusPence: 25_050, ageBand: "25-34", religion: "Prefer not to say", sexualOrientation: "Bisexual")
        let record = row.record
        #expect(record.ethnicity == .notKnown && record.disability == .blank && record.sex == .value("Female"))
        #expect(record.pay == .rate(Decimal(string: "13.79")!) && record.bonusPay == Decimal(string: "250.5")!)
        #expect(record.other == ["age_band": .value("25-34"), "religion_or_belief": .preferNotToSay, "sexual_orientation": .value("Bisexual")])
    }
}
