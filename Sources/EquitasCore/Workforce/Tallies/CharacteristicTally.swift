import Foundation

/// One characteristic of one staff list, counted once by grade and group: everything the
/// profile, the table by grade and `DisclosurePlan` read, at any threshold, and nothing
/// about any one person. Kept with the snapshot (`SnapshotTally`) so a profile is made
/// without reading the staff again; the figures are the same as from the records
/// because the records' own path counts them this way too.
public struct CharacteristicTally: Codable, Equatable, Sendable {
    public var characteristic: StaffCharacteristic
    /// Grades in the order first met, each under its first spelling.
    public var grades: [String]
    /// Groups in the order first met, each under its first spelling (`ProfileGroupName.group`).
    public var groups: [String]
    /// Staff in each grade (outer, as `grades`) and group (inner, as `groups`).
    public var counts: [[Int]]
    /// By grade: those who preferred not to say, were not known, or left it blank (a
    /// value of only spaces counts as blank).
    public var preferNotToSay: [Int]
    public var notKnown: [Int]
    public var blank: [Int]
    /// For ethnicity and disability, whose pay gaps the plan covers too.
    public var pay: GroupPayTally?

    /// Counts `characteristic` in `records`.
    public init(_ records: [StaffRecord], characteristic: StaffCharacteristic) {
        self.init(records, characteristic: characteristic, grades: StaffGrades(records), rates: Self.fullPayRates(records), check: NeverStop())
    }

    /// `check` is called every row of the count, and before the pay counts (one pass).
    init<Check: CountingCheck>(
        _ records: [StaffRecord], characteristic: StaffCharacteristic, grades: StaffGrades, rates: [Decimal?], check: Check
    ) throws(Check.Failure) {
        var named = FirstMetNames()
        var groupOfRecord = [Int](repeating: -1, count: records.count)
        // A value's group, or -1 for one of only spaces; each distinct spelling folded once.
        var bySpelling: [String: Int] = [:]
        func group(of text: String) -> Int {
            if let known = bySpelling[text] { return known }
            let number = ProfileGroupName.group(text, characteristic: characteristic).map { named.number(of: $0) } ?? -1
            bySpelling[text] = number
            return number
        }
        let empty = [Int](repeating: 0, count: grades.names.count)
        var (preferNotToSay, notKnown, blank) = (empty, empty, empty)
        for (index, record) in records.enumerated() {
            try check.check(index)
            let grade = grades.ofRecord[index]
            switch characteristic.value(of: record) {
            case .preferNotToSay: preferNotToSay[grade] += 1
            case .notKnown: notKnown[grade] += 1
            case .blank: blank[grade] += 1
            case .value(let text):
                let number = group(of: text)
                if number < 0 { blank[grade] += 1 } else { groupOfRecord[index] = number }
            }
        }
        let groups = named.names
        var counts = grades.names.map { _ in [Int](repeating: 0, count: groups.count) }
        for (index, group) in groupOfRecord.enumerated() where group >= 0 { counts[grades.ofRecord[index]][group] += 1 }
        self.characteristic = characteristic
        self.grades = grades.names
        self.groups = groups
        self.counts = counts
        (self.preferNotToSay, self.notKnown, self.blank) = (preferNotToSay, notKnown, blank)
        if characteristic == .ethnicity || characteristic == .disability {
            try check.check(0)
            let reference = characteristic == .disability ? "not disabled" : GroupPayGap.defaultEthnicityReference(records)
            pay = GroupPayTally(records, groupOfRecord: groupOfRecord, groups: groups, rates: rates, reference: reference)
        }
    }

    /// A characteristic no record gave: everyone blank, in the grades of `grades`.
    init(nobodyGave characteristic: StaffCharacteristic, grades: [String], headcounts: [Int]) {
        self.characteristic = characteristic
        self.grades = grades
        groups = []
        counts = grades.map { _ in [] }
        preferNotToSay = grades.map { _ in 0 }
        notKnown = preferNotToSay
        blank = headcounts
    }

    /// Each record's hourly rate when it is on full pay and one can be worked out; the
    /// pay gap figures and quartiles count only these.
    static func fullPayRates(_ records: [StaffRecord]) -> [Decimal?] {
        fullPayRates(records, check: NeverStop())
    }

    static func fullPayRates<Check: CountingCheck>(_ records: [StaffRecord], check: Check) throws(Check.Failure) -> [Decimal?] {
        var rates: [Decimal?] = []
        rates.reserveCapacity(records.count)
        for (index, record) in records.enumerated() {
            try check.check(index)
            rates.append(record.fullPay ? PayGapMethod.hourlyRate(record.pay) : nil)
        }
        return rates
    }

    /// Staff in each grade who gave a group.
    func disclosed(grade: Int) -> Int { counts[grade].reduce(0, +) }

    /// Staff in each grade who gave none, for any reason.
    func notDisclosed(grade: Int) -> Int { preferNotToSay[grade] + notKnown[grade] + blank[grade] }

    func headcount(grade: Int) -> Int { disclosed(grade: grade) + notDisclosed(grade: grade) }
}
