import Foundation

/// Ethnicity or disability pay gap figures at one snapshot date, each group against a
/// reference group, by the statutory method as the 2023 voluntary guidance applies it.
/// `JSONCoding` writes the keys as snake_case.
public struct GroupPayGapReport: Codable, Equatable, Sendable {
    public var snapshot: CalendarDate
    /// "ethnicity" or "disability".
    public var characteristic: String
    public var referenceGroup: String
    /// The reference group first, then the others by name.
    public var groups: [GroupPayGapFigures]
    /// Four bands, lowest paid first: group name to percentage of the band.
    public var quartiles: [[String: Decimal]]
    public var notDisclosed: GroupDisclosure
    /// Ethnicity only: the reference group against everyone else who disclosed, as one
    /// "ethnic minority" group. Nil for disability.
    public var collapsed: GroupPayGapComparison?

    public init(
        snapshot: CalendarDate, characteristic: String, referenceGroup: String, groups: [GroupPayGapFigures],
        quartiles: [[String: Decimal]], notDisclosed: GroupDisclosure, collapsed: GroupPayGapComparison?
    ) {
        self.snapshot = snapshot
        self.characteristic = characteristic
        self.referenceGroup = referenceGroup
        self.groups = groups
        self.quartiles = quartiles
        self.notDisclosed = notDisclosed
        self.collapsed = collapsed
    }
}
