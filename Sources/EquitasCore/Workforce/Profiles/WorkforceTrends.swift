import Foundation

/// How the workforce changed from one snapshot to the next: headcount and the sex pay
/// gap (by the statutory method) at each date, and for each characteristic the
/// disclosure rate and each group's share of those who disclosed.
public struct WorkforceTrends: Codable, Equatable, Sendable {
    /// Oldest first.
    public var snapshots: [SnapshotFigures]
    public var characteristics: [CharacteristicTrend]

    public init(snapshots: [SnapshotFigures], characteristics: [CharacteristicTrend]) {
        self.snapshots = snapshots
        self.characteristics = characteristics
    }

    /// `snapshots` in any order; they are sorted oldest first.
    public static func build(
        _ snapshots: [(date: CalendarDate, records: [StaffRecord])], characteristics: [StaffCharacteristic],
        threshold: Decimal = WorkforceProfile.defaultDisclosureThreshold, control: DisclosureControl = .standard
    ) -> WorkforceTrends {
        build(tallies: snapshots.map { ($0.date, SnapshotTally($0.records, date: $0.date)) }, characteristics: characteristics,
              threshold: threshold, control: control)
    }

    /// The same from each snapshot's counts.
    public static func build(
        tallies snapshots: [(date: CalendarDate, tally: SnapshotTally)], characteristics: [StaffCharacteristic],
        threshold: Decimal = WorkforceProfile.defaultDisclosureThreshold, control: DisclosureControl = .standard
    ) -> WorkforceTrends {
        let ordered = snapshots.sorted { $0.date < $1.date }
        let figures = ordered.map { snapshot in
            SnapshotFigures(date: snapshot.date, headcount: snapshot.tally.headcount,
                            meanHourlyGap: snapshot.tally.meanHourlyGap, medianHourlyGap: snapshot.tally.medianHourlyGap)
        }
        let trends = characteristics.map { characteristic -> CharacteristicTrend in
            let profiles = ordered.map { WorkforceProfile.build($0.tally.tally(of: characteristic), threshold: threshold, control: control) }
            // Every group met at any date, matched by folded name, named as first met.
            var groups: [String] = []
            var seen: Set<String> = []
            for profile in profiles.reversed() {
                for group in profile.groups where seen.insert(ProfileGroupName.fold(group.group)).inserted { groups.append(group.group) }
            }
            let points = zip(ordered, profiles).map { snapshot, profile in
                TrendPoint(date: snapshot.date, headcount: profile.headcount, disclosureRate: profile.disclosureRate,
                           belowThreshold: profile.belowThreshold, shares: groups.map { profile.group(named: $0)?.share },
                           suppressed: groups.map { profile.group(named: $0)?.suppressed ?? false })
            }
            return CharacteristicTrend(characteristic: characteristic, label: characteristic.label, groups: groups, points: points)
        }
        return WorkforceTrends(snapshots: figures, characteristics: trends)
    }
}

public struct SnapshotFigures: Codable, Equatable, Sendable {
    public var date: CalendarDate
    public var headcount: Int
    /// Men's hourly pay less women's as a percentage of men's (see docs/pay-gaps.md).
    public var meanHourlyGap: Decimal?
    public var medianHourlyGap: Decimal?

    public init(date: CalendarDate, headcount: Int, meanHourlyGap: Decimal?, medianHourlyGap: Decimal?) {
        self.date = date
        self.headcount = headcount
        self.meanHourlyGap = meanHourlyGap
        self.medianHourlyGap = medianHourlyGap
    }
}

public struct CharacteristicTrend: Codable, Equatable, Sendable {
    public var characteristic: StaffCharacteristic
    public var label: String
    /// Every group met at any date, those of the newest snapshot first, largest first.
    public var groups: [String]
    /// Oldest first.
    public var points: [TrendPoint]

    public init(characteristic: StaffCharacteristic, label: String, groups: [String], points: [TrendPoint]) {
        self.characteristic = characteristic
        self.label = label
        self.groups = groups
        self.points = points
    }
}

public struct TrendPoint: Codable, Equatable, Sendable {
    public var date: CalendarDate
    public var headcount: Int
    public var disclosureRate: Decimal?
    public var belowThreshold: Bool
    /// One per `CharacteristicTrend.groups`: the share of those who disclosed, nil when
    /// suppressed or when nobody was in the group at this date.
    public var shares: [Decimal?]
    /// One per `CharacteristicTrend.groups`: true where the share is hidden by the
    /// disclosure rule rather than missing for want of anyone in the group.
    public var suppressed: [Bool]

    public init(date: CalendarDate, headcount: Int, disclosureRate: Decimal?, belowThreshold: Bool, shares: [Decimal?], suppressed: [Bool] = []) {
        self.date = date
        self.headcount = headcount
        self.disclosureRate = disclosureRate
        self.belowThreshold = belowThreshold
        self.shares = shares
        self.suppressed = suppressed
    }

    /// Whether the share of the group at `index` is hidden by the disclosure rule.
    public func withheld(_ index: Int) -> Bool { suppressed.indices.contains(index) && suppressed[index] }
}
