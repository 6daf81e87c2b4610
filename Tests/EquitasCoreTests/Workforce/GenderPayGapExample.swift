import EquitasCore
import Foundation

/// The worked example in docs/pay-gaps.md, record for record, so that the figures the
/// doc computes by hand are the figures the tests assert.
enum GenderPayGapExample {
    static let snapshot = CalendarDate(year: 2026, month: 3, day: 31)!

    static func staff() -> [StaffRecord] {
        [
            person("E01", "Male", rate: 10, bonus: 100),
            person("E02", "Female", rate: 9),
            person("E03", "Female", rate: 11),
            person("E04", "Male", rate: 12),
            StaffRecord(
                employeeId: "E05", sex: .value("Female"),
                pay: .derived(ordinaryPay: 1400, bonusInPeriod: 100, periodDays: 30, weeklyHours: 35)),
            person("E06", "Male", rate: 14, bonus: 400),
            person("E07", "Female", rate: 12, bonus: 30),
            person("E08", "Female", rate: 8, bonus: 60),
            person("E09", "Male", rate: 18),
            person("E10", "Female", rate: 13, bonus: 150),
            StaffRecord(employeeId: "E11", sex: .value("Male"), fullPay: false, pay: .rate(7), bonusPay: 200),
            StaffRecord(employeeId: "E12", sex: .preferNotToSay, pay: .rate(20), bonusPay: 500),
        ]
    }

    static func person(_ id: String, _ sex: String, rate: Decimal, bonus: Decimal = 0) -> StaffRecord {
        StaffRecord(employeeId: id, sex: .value(sex), pay: .rate(rate), bonusPay: bonus)
    }
}
