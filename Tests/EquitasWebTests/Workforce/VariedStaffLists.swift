import EquitasCore
import EquitasLibrary
import Foundation

/// Staff lists chosen to meet every edge of the disclosure rule and the profile's
/// counting: groups of exactly 1, 4, 5, 9, 10 and 11 people; one group spelt three ways;
/// a value of only spaces; prefer not to say, not known and blank; sex and disability
/// written as the usual short answers; grades spelt two ways, missing or empty, and small
/// enough to be shown together; tied hourly rates across a quartile boundary; pay
/// derived from a period with no hours (no hourly rate); few or many off full pay; and
/// further characteristics that one snapshot has and another does not. The same lists
/// every run.
enum VariedStaffLists {
    struct Council {
        var name: String
        var snapshots: [(date: CalendarDate, others: [String], records: [StaffRecord])]
    }

    static func day(_ year: Int) -> CalendarDate { CalendarDate(year: year, month: 3, day: 31)! }

    static var councils: [Council] {
        [
            Council(name: "Wyvern Vale District Council", snapshots: [
                (day(2024), ["age_band", "religion_or_belief", "sexual_orientation"], SyntheticStaffList(seed: 3).records(count: 150)),
                (day(2025), ["age_band", "religion_or_belief", "sexual_orientation", "armed_forces"],
                 SyntheticStaffList(seed: 5).records(count: 400).enumerated().map { index, record in
                     var record = record
                     record.other["armed_forces"] = index % 37 == 0 ? .value("Veteran") : (index % 5 == 0 ? .preferNotToSay : .value("No"))
                     return record
                 }),
                (day(2026), ["age_band", "care_leaver"], edges()),
            ]),
            Council(name: "Calder Moor Borough Council", snapshots: [
                (day(2026), ["age_band", "religion_or_belief", "sexual_orientation"], SyntheticStaffList(seed: 31).records(count: 40)),
            ]),
            Council(name: "Harrowgate Fire and Rescue Service", snapshots: [
                (day(2025), [], Array(edges().prefix(12))),
                (day(2026), [], Array(edges().suffix(23))),
            ]),
        ]
    }

    /// 120-odd records built group by group, so that each size is exact.
    static func edges() -> [StaffRecord] {
        let ethnicity: [(CharacteristicValue, Int)] = [
            (.value("White British"), 41), (.value("white  british "), 3), (.value("WHITE BRITISH"), 1), (.value("Asian"), 11),
            (.value("Black"), 10), (.value("Mixed"), 9), (.value("Other"), 1), (.value("Chinese"), 5), (.value("Irish"), 4),
            (.value("   "), 2), (.preferNotToSay, 6), (.notKnown, 3), (.blank, 2),
        ]
        let sexes: [CharacteristicValue] = [.value("F"), .value("Male"), .value("woman"), .value("m"), .value("Female"), .preferNotToSay, .value("Non-binary")]
        let disabilities: [CharacteristicValue] = [.value("No"), .value("Yes"), .value("non-disabled"), .value("Disabled"), .notKnown, .value("No"), .blank]
        let grades: [String?] = ["Grade 1", "Grade 2", "grade 1 ", "Grade 3", nil, "Grade 2", "", "Grade 10", "Grade 1", "Chief Officer", "Grade 3", "Grade 2"]
        var records: [StaffRecord] = []
        var index = 0
        for (value, count) in ethnicity {
            for _ in 0..<count {
                // Rates tie in runs of five, so a run crosses a quartile boundary.
                let rate = Decimal(1_050 + (index / 5) * 37 % 900) / 100
                let pay: HourlyPayInput = index % 29 == 7
                    ? .derived(ordinaryPay: 1_200, bonusInPeriod: 0, periodDays: 30, weeklyHours: 0)
                    : .rate(rate)
                records.append(StaffRecord(
                    employeeId: "V\(index)", sex: sexes[index % sexes.count], ethnicity: value,
                    disability: disabilities[(index / 2) % disabilities.count], grade: grades[(index * 7) % grades.count],
                    fullPay: index % 13 != 4, pay: pay, bonusPay: index % 6 == 0 ? Decimal(100 + index) : 0,
                    other: index % 3 == 0 ? ["age_band": .value(["16-24", "25-34", "65+"][index % 3 == 0 ? (index / 3) % 3 : 0])]
                        : ["age_band": .notKnown, "care_leaver": index % 11 == 1 ? .value("Yes") : .blank]))
                index += 1
            }
        }
        return records
    }
}
