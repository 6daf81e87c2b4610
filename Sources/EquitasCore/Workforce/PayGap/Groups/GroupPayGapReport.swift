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
    /// Four bands, lowest paid first: group name to percentage of the band (groups whose
    /// share is hidden together under `DisclosureControl.pooledLabel`).
    public var quartiles: [[String: Decimal]]
    /// For each band, the groups whose share is hidden there (never just one).
    public var quartilesWithheld: [[String]]
    public var notDisclosed: GroupDisclosure
    /// Ethnicity only: the reference group against everyone else who disclosed, as one
    /// "ethnic minority" group. Nil for disability.
    public var collapsed: GroupPayGapComparison?
    /// The threshold and the rule applied to every figure above.
    public var disclosureControl: DisclosureControl

    public init(
        snapshot: CalendarDate, characteristic: String, referenceGroup: String, groups: [GroupPayGapFigures],
        quartiles: [[String: Decimal]], quartilesWithheld: [[String]] = [], notDisclosed: GroupDisclosure,
        collapsed: GroupPayGapComparison?, disclosureControl: DisclosureControl = .standard
    ) {
        self.snapshot = snapshot
        self.characteristic = characteristic
        self.referenceGroup = referenceGroup
        self.groups = groups
        self.quartiles = quartiles
        self.quartilesWithheld = quartilesWithheld
        self.notDisclosed = notDisclosed
        self.collapsed = collapsed
        self.disclosureControl = disclosureControl
    }
}
