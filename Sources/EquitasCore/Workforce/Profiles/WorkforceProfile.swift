import Foundation

/// The workforce by one characteristic at one snapshot: how many staff are in each
/// group, how many gave no group (and why), and how many told us at all. A group
/// `DisclosurePlan` hides (fewer than the threshold, or hidden so that such a group
/// cannot be worked out) is shown as suppressed. `JSONCoding` writes the keys as snake_case.
public struct WorkforceProfile: Codable, Equatable, Sendable {
    /// Below this share of staff telling us, the figures are flagged as weak.
    public static let defaultDisclosureThreshold: Decimal = 80

    public var characteristic: StaffCharacteristic
    public var label: String
    /// Every record in the snapshot.
    public var headcount: Int
    /// Records with a group.
    public var disclosed: Int
    /// Largest first; suppressed groups keep their place by size but show no figures.
    public var groups: [ProfileGroup]
    public var preferNotToSay: Int
    public var notKnown: Int
    public var blank: Int
    /// Disclosed as a percentage of every record, one decimal place; nil with no records.
    public var disclosureRate: Decimal?
    public var disclosureThreshold: Decimal
    /// The published (rounded) rate is under the threshold. False with no records.
    public var belowThreshold: Bool

    public init(
        characteristic: StaffCharacteristic, label: String, headcount: Int, disclosed: Int, groups: [ProfileGroup],
        preferNotToSay: Int, notKnown: Int, blank: Int, disclosureRate: Decimal?, disclosureThreshold: Decimal, belowThreshold: Bool
    ) {
        self.characteristic = characteristic
        self.label = label
        self.headcount = headcount
        self.disclosed = disclosed
        self.groups = groups
        self.preferNotToSay = preferNotToSay
        self.notKnown = notKnown
        self.blank = blank
        self.disclosureRate = disclosureRate
        self.disclosureThreshold = disclosureThreshold
        self.belowThreshold = belowThreshold
    }

    /// `plan` is the characteristic's `DisclosurePlan` (built here when not given).
    public static func build(
        _ records: [StaffRecord], characteristic: StaffCharacteristic, threshold: Decimal = defaultDisclosureThreshold,
        control: DisclosureControl = .standard, plan: DisclosurePlan? = nil
    ) -> WorkforceProfile {
        build(CharacteristicTally(records, characteristic: characteristic), threshold: threshold, control: control, plan: plan)
    }

    /// The same from the characteristic's counts.
    public static func build(
        _ counted: CharacteristicTally, threshold: Decimal = defaultDisclosureThreshold, control: DisclosureControl = .standard,
        plan: DisclosurePlan? = nil
    ) -> WorkforceProfile {
        let characteristic = counted.characteristic
        let plan = plan ?? DisclosurePlan.build(counted, control: control)
        let tally = GroupTally(counted)
        let names = tally.namesBySize
        let hidden = names.map(plan.hidesGroup)
        let groups = zip(names, hidden).map { name, hidden in
            hidden ? ProfileGroup(group: name, count: nil, share: nil, suppressed: true)
                : ProfileGroup(group: name, count: tally.count(name),
                               share: PayGapMethod.percentage(Decimal(tally.count(name)), of: Decimal(tally.disclosed)), suppressed: false)
        }
        let rate = PayGapMethod.percentage(Decimal(tally.disclosed), of: Decimal(tally.total))
        return WorkforceProfile(
            characteristic: characteristic, label: characteristic.label, headcount: tally.total, disclosed: tally.disclosed,
            groups: groups, preferNotToSay: tally.preferNotToSay, notKnown: tally.notKnown, blank: tally.blank,
            disclosureRate: rate, disclosureThreshold: threshold, belowThreshold: rate.map { $0 < threshold } ?? false)
    }

    /// The group's figures, matched by folded name; nil for a group nobody is in.
    public func group(named name: String) -> ProfileGroup? {
        let key = ProfileGroupName.fold(name)
        return groups.first { ProfileGroupName.fold($0.group) == key }
    }
}

/// One group of a profile. `count` and `share` are nil when suppressed.
public struct ProfileGroup: Codable, Equatable, Sendable {
    public var group: String
    public var count: Int?
    /// Of those who disclosed, one decimal place.
    public var share: Decimal?
    public var suppressed: Bool

    public init(group: String, count: Int?, share: Decimal?, suppressed: Bool) {
        self.group = group
        self.count = count
        self.share = share
        self.suppressed = suppressed
    }
}
