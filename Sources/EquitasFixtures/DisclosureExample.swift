import EquitasCore
import Foundation

/// The case: a staff list where the Black group has 15 people and one bonus,
/// Mixed 23 and one bonus, Asian 44, Chinese 12, and a large White British reference;
/// with grades, full and reduced pay, and bonuses among the reference. `records(small:)`
/// adds a group of 9, "Other", which must not be given back by subtraction.
public enum DisclosureExample {
    public static let snapshot = CalendarDate(year: 2026, month: 3, day: 31)!

    public static let groups: [(name: String, count: Int, bonuses: Int, rate: Decimal)] = [
        ("White British", 300, 40, 18), ("Asian", 44, 4, 16), ("Mixed", 23, 1, 15), ("Black", 15, 1, 14), ("Chinese", 12, 0, 17),
    ]

    public static var records: [StaffRecord] { records(small: false) }

    public static func records(small: Bool) -> [StaffRecord] {
        var records: [StaffRecord] = []
        for group in groups + (small ? [("Other", 9, 0, 17)] : []) {
            for index in 0..<group.count {
                let id = records.count
                records.append(StaffRecord(
                    employeeId: "E\(id)", sex: .value(id % 2 == 0 ? "Female" : "Male"), ethnicity: .value(group.name),
                    disability: .value(id % 7 == 0 ? "Yes" : "No"), grade: "Grade \(1 + id % 4)", fullPay: id % 13 != 0,
                    pay: .rate(group.rate + Decimal(index % 5)), bonusPay: index < group.bonuses ? 250 : 0))
            }
        }
        for index in 0..<12 {
            records.append(StaffRecord(employeeId: "N\(index)", sex: .value("Female"), ethnicity: .preferNotToSay, grade: "Grade 2", pay: .rate(15)))
        }
        return records
    }

    /// As the staff list's CSV.
    public static func csv(small: Bool = false) -> Data {
        var lines = ["employee_id,sex,ethnicity,disability,grade,full_pay,hourly_pay,bonus_pay"]
        for record in records(small: small) {
            let text = { (value: CharacteristicValue) -> String in
                switch value {
                case .value(let text): text
                case .preferNotToSay: "Prefer not to say"
                case .notKnown: "Not known"
                case .blank: ""
                }
            }
            guard case .rate(let rate) = record.pay else { continue }
            lines.append([record.employeeId, text(record.sex), text(record.ethnicity), text(record.disability), record.grade ?? "",
                          record.fullPay ? "yes" : "no", "\(rate)", "\(record.bonusPay)"].joined(separator: ","))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
