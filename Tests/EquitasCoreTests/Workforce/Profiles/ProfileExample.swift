import EquitasCore
import Foundation

/// Staff lists small enough to count by hand, for the profile tests.
enum ProfileExample {
    static let organisation = UUID(uuidString: "00000000-0000-0000-0000-000000000001")!
    static let earlier = CalendarDate(year: 2025, month: 3, day: 31)!
    static let later = CalendarDate(year: 2026, month: 3, day: 31)!

    static func person(
        _ n: Int, sex: CharacteristicValue = .blank, ethnicity: CharacteristicValue = .blank, grade: String? = nil,
        rate: Decimal = 10, other: [String: CharacteristicValue] = [:]
    ) -> StaffRecord {
        StaffRecord(employeeId: "E\(n)", sex: sex, ethnicity: ethnicity, grade: grade, pay: .rate(rate), other: other)
    }

    /// 30 records by sex: 15 women (two spelled "female " and "FEMALE"), 10 men, 2 who
    /// preferred not to say, 2 not known, 1 blank (a cell of spaces). Disclosed 25 of 30.
    static var bySex: [StaffRecord] {
        var values: [CharacteristicValue] = Array(repeating: .value("Female"), count: 13) + [.value("female "), .value("FEMALE")]
        values += Array(repeating: .value("Male"), count: 10)
        values += [.preferNotToSay, .preferNotToSay, .notKnown, .notKnown, .value("  ")]
        return values.enumerated().map { person($0, sex: $1) }
    }

    /// 42 records by ethnicity: White British 20, Asian 12, Black 10.
    static var byEthnicity: [StaffRecord] {
        let values = Array(repeating: "White British", count: 20) + Array(repeating: "Asian", count: 12) + Array(repeating: "Black", count: 10)
        return values.enumerated().map { person($0, ethnicity: .value($1)) }
    }

    /// `men` men at `menRate` and `women` women at `womenRate`.
    static func payList(men: Int, menRate: Decimal, women: Int, womenRate: Decimal) -> [StaffRecord] {
        (0..<men).map { person($0, sex: .value("Male"), rate: menRate) }
            + (0..<women).map { person(men + $0, sex: .value("Female"), rate: womenRate) }
    }
}
