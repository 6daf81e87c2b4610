import Foundation

/// The workforce by one characteristic within each grade or band: where each group sits
/// in the organisation. Every cell of one to nine people is suppressed, and one more in
/// its row when a lone hidden cell could be worked out from the grade's headcount.
public struct GradeProfile: Codable, Equatable, Sendable {
    /// Heads the rows of staff with no grade recorded.
    public static let noGradeLabel = "No grade recorded"

    public var characteristic: StaffCharacteristic
    public var label: String
    /// The column groups, largest in the whole workforce first.
    public var groups: [String]
    /// Grades in natural order ("Grade 2" before "Grade 10"), no grade last.
    public var grades: [GradeRow]

    public init(characteristic: StaffCharacteristic, label: String, groups: [String], grades: [GradeRow]) {
        self.characteristic = characteristic
        self.label = label
        self.groups = groups
        self.grades = grades
    }

    public static func build(_ records: [StaffRecord], characteristic: StaffCharacteristic) -> GradeProfile {
        let columns = GroupTally(records, characteristic: characteristic).namesBySize
        var byGrade: [String: [StaffRecord]] = [:]
        var spelling: [String: String] = [:]
        for record in records {
            let grade = record.grade?.trimmingCharacters(in: .whitespaces)
            let name = (grade?.isEmpty ?? true) ? noGradeLabel : grade!
            let key = ProfileGroupName.fold(name)
            let spelled = spelling[key, default: name]
            spelling[key] = spelled
            byGrade[spelled, default: []].append(record)
        }
        let order = byGrade.keys.sorted { a, b in
            if (a == noGradeLabel) != (b == noGradeLabel) { return b == noGradeLabel }
            return a.localizedStandardCompare(b) == .orderedAscending
        }
        let rows = order.map { grade -> GradeRow in
            let people = byGrade[grade]!
            let tally = GroupTally(people, characteristic: characteristic)
            let counts = columns.map(tally.count) + [tally.notDisclosed]
            let cells = zip(counts, SmallCountSuppression.hidden(counts)).map { count, hidden in
                GradeCell(count: hidden ? nil : count, suppressed: hidden)
            }
            return GradeRow(grade: grade, headcount: people.count, cells: Array(cells.dropLast()), notDisclosed: cells.last!)
        }
        return GradeProfile(characteristic: characteristic, label: characteristic.label, groups: columns, grades: rows)
    }
}

public struct GradeRow: Codable, Equatable, Sendable {
    public var grade: String
    public var headcount: Int
    /// One per `GradeProfile.groups`, in the same order.
    public var cells: [GradeCell]
    /// Those in the grade who gave no group, for any reason.
    public var notDisclosed: GradeCell

    public init(grade: String, headcount: Int, cells: [GradeCell], notDisclosed: GradeCell) {
        self.grade = grade
        self.headcount = headcount
        self.cells = cells
        self.notDisclosed = notDisclosed
    }
}

/// A count of people, or nil when suppressed.
public struct GradeCell: Codable, Equatable, Sendable {
    public var count: Int?
    public var suppressed: Bool

    public init(count: Int?, suppressed: Bool) {
        self.count = count
        self.suppressed = suppressed
    }
}
