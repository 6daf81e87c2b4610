import EquitasCore
import Foundation

/// An invented council staff list of any size, the same for the same seed on every
/// machine: for the pay gap benchmark, for the demo organisation's snapshots, and for
/// tests that need a large believable file. Nobody in it is real.
///
/// Each row is drawn in turn from one `SplitMix64` stream, so the first N rows of a
/// longer list are the list of N rows.
public struct SyntheticStaffList: Sendable {
    /// The columns written, in order: the default staff list columns, then three
    /// further characteristics.
    public static let header = [
        StaffColumns.employeeId, StaffColumns.sex, StaffColumns.ethnicity, StaffColumns.disability, StaffColumns.grade,
        StaffColumns.fullPay, StaffColumns.hourlyPay, StaffColumns.bonusPay, "age_band", "religion_or_belief", "sexual_orientation",
    ]

    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// One invented employee, as the cells of a row would read. Pay is kept in pence so
    /// that the CSV text and the record hold exactly the same amounts.
    public struct Row: Equatable, Sendable {
        public var employeeId: String
        public var sex: String
        public var ethnicity: String
        public var disability: String
        public var grade: String
        public var fullPay: Bool
        public var hourlyPence: Int
        public var bonusPence: Int
        public var ageBand: String
        public var religion: String
        public var sexualOrientation: String
    }

    /// The first `count` rows.
    public func rows(count: Int) -> [Row] {
        var generator = SplitMix64(seed: seed)
        return (0..<max(count, 0)).map { Self.row($0, using: &generator) }
    }

    /// The first `count` employees as the staff list reader would read them from `csv`.
    public func records(count: Int) -> [StaffRecord] {
        rows(count: count).map(\.record)
    }

    static func row(_ index: Int, using generator: inout SplitMix64) -> Row {
        let grades = SyntheticStaffTables.grades
        let gradeIndex = generator.pick(grades.indices.map { ($0, grades[$0].share) })
        let grade = grades[gradeIndex]
        let isWoman = generator.chance(grade.women)
        // About 1% of records do not say, or do not know, the person's sex.
        let sex = generator.chance(0.01) ? generator.pick(SyntheticStaffTables.sexNotGiven) : (isWoman ? "Female" : "Male")
        let hourly = grade.pence[generator.below(grade.pence.count)]
        // A bonus (a long-service or recognition award) for about one in ten, larger higher up.
        let bonus = generator.chance(0.10) ? (10_000 + gradeIndex * 12_000 + generator.below(40_000)) : 0
        return Row(
            employeeId: "E" + String(index + 1).leftPadded(to: 7),
            sex: sex,
            ethnicity: generator.pick(SyntheticStaffTables.ethnicity),
            disability: generator.pick(SyntheticStaffTables.disability),
            grade: grade.name,
            fullPay: !generator.chance(0.07),
            hourlyPence: hourly,
            bonusPence: bonus,
            ageBand: generator.pick(SyntheticStaffTables.ageBands),
            religion: generator.pick(SyntheticStaffTables.religion),
            sexualOrientation: generator.pick(SyntheticStaffTables.sexualOrientation))
    }
}

extension SyntheticStaffList.Row {
    /// The record the staff list reader makes of this row.
    public var record: StaffRecord {
        StaffRecord(
            employeeId: employeeId, sex: Self.characteristic(sex), ethnicity: Self.characteristic(ethnicity),
            disability: Self.characteristic(disability), grade: grade, fullPay: fullPay, pay: .rate(Decimal(hourlyPence) / 100),
            bonusPay: Decimal(bonusPence) / 100,
            other: [
                "age_band": Self.characteristic(ageBand), "religion_or_belief": Self.characteristic(religion),
                "sexual_orientation": Self.characteristic(sexualOrientation),
            ])
    }

    static func characteristic(_ text: String) -> CharacteristicValue {
        switch text {
        case "": .blank
        case "Prefer not to say": .preferNotToSay
        case "Not known": .notKnown
        default: .value(text)
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
