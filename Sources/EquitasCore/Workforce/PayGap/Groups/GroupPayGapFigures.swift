import Foundation

/// One group's pay gap figures against the reference group, by the statutory method.
/// Every figure is nil for a suppressed group, and any figure `DisclosureControl` holds
/// back is nil and named in `withheld` with its reason.
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
    /// Why the whole group is hidden; nil unless `suppressed`.
    public var reason: String?
    /// The figures held back for a group that is shown, each with its reason.
    public var withheld: [WithheldFigure]

    public init(
        group: String, employees: Int?, fullPayEmployees: Int?, meanHourlyGap: Decimal?, medianHourlyGap: Decimal?,
        meanBonusGap: Decimal?, medianBonusGap: Decimal?, bonusProportion: Decimal?, suppressed: Bool, reason: String? = nil,
        withheld: [WithheldFigure] = []
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
        self.reason = reason
        self.withheld = withheld
    }

    /// A group too small to publish, or hidden so that one cannot be worked out: only its
    /// name and the reason.
    static func suppressed(_ group: String, control: DisclosureControl) -> GroupPayGapFigures {
        GroupPayGapFigures(
            group: group, employees: nil, fullPayEmployees: nil, meanHourlyGap: nil, medianHourlyGap: nil,
            meanBonusGap: nil, medianBonusGap: nil, bonusProportion: nil, suppressed: true,
            reason: "\(control.withheldText): a group of \(control.fewerThan) people, or hidden so that one cannot be worked out")
    }

    enum CodingKeys: String, CodingKey {
        case group, employees, fullPayEmployees, meanHourlyGap, medianHourlyGap, meanBonusGap, medianBonusGap, bonusProportion
        case suppressed, reason, withheld
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        group = try container.decode(String.self, forKey: .group)
        employees = try container.decodeIfPresent(Int.self, forKey: .employees)
        fullPayEmployees = try container.decodeIfPresent(Int.self, forKey: .fullPayEmployees)
        meanHourlyGap = try container.decodeIfPresent(Decimal.self, forKey: .meanHourlyGap)
        medianHourlyGap = try container.decodeIfPresent(Decimal.self, forKey: .medianHourlyGap)
        meanBonusGap = try container.decodeIfPresent(Decimal.self, forKey: .meanBonusGap)
        medianBonusGap = try container.decodeIfPresent(Decimal.self, forKey: .medianBonusGap)
        bonusProportion = try container.decodeIfPresent(Decimal.self, forKey: .bonusProportion)
        suppressed = try container.decode(Bool.self, forKey: .suppressed)
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
        withheld = try container.decodeIfPresent([WithheldFigure].self, forKey: .withheld) ?? []
    }
}
