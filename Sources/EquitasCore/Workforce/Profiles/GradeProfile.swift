import Foundation

/// The workforce by one characteristic within each grade or band: where each group sits
/// in the organisation. A grade of fewer than the threshold's people is shown together
/// with others (`GradeRows`), and the cells `DisclosurePlan` hides (fewer than the
/// threshold, or hidden so that such a cell cannot be worked out from the grade's
/// headcount, the group's total or another table) are suppressed.
public struct GradeProfile: Codable, Equatable, Sendable {
    /// Heads the rows of staff with no grade recorded.
    public static let noGradeLabel = GradeRows.noGradeLabel

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

    /// `plan` is the characteristic's `DisclosurePlan` (built here when not given).
    public static func build(
        _ records: [StaffRecord], characteristic: StaffCharacteristic, control: DisclosureControl = .standard, plan: DisclosurePlan? = nil
    ) -> GradeProfile {
        build(CharacteristicTally(records, characteristic: characteristic), control: control, plan: plan)
    }

    /// The same from the characteristic's counts.
    public static func build(_ tally: CharacteristicTally, control: DisclosureControl = .standard, plan: DisclosurePlan? = nil) -> GradeProfile {
        let plan = plan ?? DisclosurePlan.build(tally, control: control)
        let columns = GroupTally(tally).namesBySize
        let rows = GradeRows(tally, control: control)
        let graded = rows.names.map { grade -> GradeRow in
            let inRow = GroupTally(tally, grades: rows.grades(in: grade))
            let cells = columns.map { group in
                let hidden = plan.isHidden(.gradeGroup(grade, ProfileGroupName.fold(group)))
                return GradeCell(count: hidden ? nil : inRow.count(group), suppressed: hidden)
            }
            let hidden = plan.isHidden(.gradeNotDisclosed(grade))
            return GradeRow(grade: grade, headcount: inRow.total, cells: cells,
                            notDisclosed: GradeCell(count: hidden ? nil : inRow.notDisclosed, suppressed: hidden))
        }
        return GradeProfile(characteristic: tally.characteristic, label: tally.characteristic.label, groups: columns, grades: graded)
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
