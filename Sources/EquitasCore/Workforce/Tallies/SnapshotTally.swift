import Foundation

/// A snapshot's staff list counted once for the profile pages: every characteristic's
/// `CharacteristicTally`, the further columns found, and the two sex pay gaps the trends
/// show. Made when the list is stored and kept beside it, so that the profile, its API
/// and its trends read a few counts per snapshot rather than every record; the pay gap
/// pages and the report, which need amounts, still read the records.
public struct SnapshotTally: Equatable, Sendable {
    /// Moves when what a tally holds, or how it is counted, changes: a tally stored under
    /// another version is counted again from the records.
    public static let formatVersion = 1

    public var headcount: Int
    /// Every further column some record has, by name.
    public var otherColumns: [String]
    /// Men's hourly pay less women's as a percentage of men's (`GenderPayGap`).
    public var meanHourlyGap: Decimal?
    public var medianHourlyGap: Decimal?
    /// Sex, ethnicity and disability, then each of `otherColumns` not among them.
    public var characteristics: [CharacteristicTally]

    /// `date` is the snapshot's; the figures do not depend on it.
    public init(_ records: [StaffRecord], date: CalendarDate) {
        self.init(records, date: date, check: NeverStop())
    }

    /// The same count, calling `check` every row of each pass over the records and
    /// between passes (the pay gap report is one pass), so that it can be stopped.
    public init<Check: CountingCheck>(_ records: [StaffRecord], date: CalendarDate, check: Check) throws(Check.Failure) {
        let grades = try StaffGrades(records, check: check)
        let rates = try CharacteristicTally.fullPayRates(records, check: check)
        var columns: Set<String> = []
        for (index, record) in records.enumerated() {
            try check.check(index)
            if !record.other.isEmpty { columns.formUnion(record.other.keys) }
        }
        headcount = records.count
        otherColumns = columns.sorted()
        let gap = GenderPayGap.report(records, snapshot: date)
        try check.check(0)
        meanHourlyGap = gap.meanHourlyGap
        medianHourlyGap = gap.medianHourlyGap
        var characteristics: [CharacteristicTally] = []
        for characteristic in StaffCharacteristic.all(found: otherColumns) {
            characteristics.append(try CharacteristicTally(records, characteristic: characteristic, grades: grades, rates: rates, check: check))
        }
        self.characteristics = characteristics
    }

    /// The tally of `characteristic`; one no record gave reads as everyone blank, as
    /// `StaffCharacteristic.value(of:)` reads a column a record lacks.
    public func tally(of characteristic: StaffCharacteristic) -> CharacteristicTally {
        if let found = characteristics.first(where: { $0.characteristic == characteristic }) { return found }
        let sex = characteristics[0]
        return CharacteristicTally(nobodyGave: characteristic, grades: sex.grades, headcounts: sex.grades.indices.map(sex.headcount))
    }
}

extension SnapshotTally: Codable {
    enum CodingKeys: String, CodingKey { case headcount, otherColumns, meanHourlyGap, medianHourlyGap, characteristics }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        headcount = try container.decode(Int.self, forKey: .headcount)
        otherColumns = try container.decode([String].self, forKey: .otherColumns)
        characteristics = try container.decode([CharacteristicTally].self, forKey: .characteristics)
        func decimal(_ key: CodingKeys) throws -> Decimal? {
            guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
            guard let value = ExactDecimalText.decimal(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "\"\(text)\" is not a number")
            }
            return value
        }
        meanHourlyGap = try decimal(.meanHourlyGap)
        medianHourlyGap = try decimal(.medianHourlyGap)
        guard characteristics.count >= 3 else {
            throw DecodingError.dataCorruptedError(forKey: .characteristics, in: container, debugDescription: "sex, ethnicity and disability are missing")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(headcount, forKey: .headcount)
        try container.encode(otherColumns, forKey: .otherColumns)
        try container.encodeIfPresent(meanHourlyGap.map(ExactDecimalText.text), forKey: .meanHourlyGap)
        try container.encodeIfPresent(medianHourlyGap.map(ExactDecimalText.text), forKey: .medianHourlyGap)
        try container.encode(characteristics, forKey: .characteristics)
    }
}
