import EquitasCore
import Foundation

/// 26 records for the ethnicity pay gap tests, every one on full pay with a given rate.
///
/// - White British (the reference), 10: five at 18 and five at 22; five paid a bonus of 100.
/// - Asian, 10: five at 12, four at 15, one at 24; two paid a bonus of 50.
/// - Black, 3: all at 10, no bonus. Under 10, so suppressed.
/// - One each of prefer not to say, not known and blank (a cell of spaces), all at 30.
enum GroupPayGapExample {
    static let snapshot = CalendarDate(year: 2026, month: 3, day: 31)!

    static var staff: [StaffRecord] {
        var records: [StaffRecord] = []
        func add(_ ethnicity: CharacteristicValue, _ rate: Decimal, bonus: Decimal = 0) {
            records.append(StaffRecord(
                employeeId: "E\(records.count + 1)", sex: .value("F"), ethnicity: ethnicity, pay: .rate(rate), bonusPay: bonus))
        }
        // Spelled in varied case to show the reference is matched ignoring it.
        for index in 0..<5 { add(.value("white british"), 18, bonus: index < 3 ? 100 : 0) }
        for index in 0..<5 { add(.value("White British"), 22, bonus: index < 2 ? 100 : 0) }
        for index in 0..<5 { add(.value("Asian"), 12, bonus: index < 2 ? 50 : 0) }
        for _ in 0..<4 { add(.value("Asian"), 15) }
        add(.value("Asian"), 24)
        for _ in 0..<3 { add(.value("Black"), 10) }
        add(.preferNotToSay, 30)
        add(.notKnown, 30)
        add(.value("  "), 30)
        return records
    }
}
