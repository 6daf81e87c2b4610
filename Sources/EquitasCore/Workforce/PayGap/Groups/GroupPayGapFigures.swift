import Foundation

/// One group's pay gap figures against the reference group, by the statutory method.
/// Every figure is nil for a suppressed group (see `GroupPayGap.minimumGroupSize`).
public struct GroupPayGapFigures: Codable, Equatable, Sendable {
    /// The group's name as recorded (the reference group under the name it was asked for).
    public var group: String
    /// Employees who disclosed this group; nil when suppressed.
    public var employees: Int?
    /// Those on full pay with an hourly rate: the hourly gaps and quartiles.
    public var fullPayEmployees: Int?
    /// Reference group's figure less this group's, as a percentage of the reference's:
    /// positive when the reference group is paid more. Nil for the reference group
    /// itself (a comparison with itself says nothing) and when either side has nobody.
    public var meanHourlyGap: Decimal?
    public var medianHourlyGap: Decimal?
    public var meanBonusGap: Decimal?
    public var medianBonusGap: Decimal?
    /// The share of the group's employees paid a bonus.
    public var bonusProportion: Decimal?
    public var suppressed: Bool

    public init(
        group: String, employees: Int?, fullPayEmployees: Int?, meanHourlyGap: Decimal?, medianHourlyGap: Decimal?,
        meanBonusGap: Decimal?, medianBonusGap: Decimal?, bonusProportion: Decimal?, suppressed: Bool
    ) {
        self.group = group
        self.employees = employees
        self.fullPayEmployees = fullPayEmployees
        self.meanHourlyGap = meanHourlyGap
        self.medianHourlyGap = medianHourlyGap
        self.meanBonusGap = meanBonusGap
        self.medianBonusGap = medianBonusGap
        self.bonusProportion = bonusProportion
        self.suppressed = suppressed
    }

    /// A group too small to publish: only its name and the fact of suppression.
    static func suppressed(_ group: String) -> GroupPayGapFigures {
        GroupPayGapFigures(
            group: group, employees: nil, fullPayEmployees: nil, meanHourlyGap: nil, medianHourlyGap: nil,
            meanBonusGap: nil, medianBonusGap: nil, bonusProportion: nil, suppressed: true)
    }
}
