import Foundation

/// Everything the profile page and API show for one snapshot: each characteristic's
/// profile, by grade and beside the community, and the trends across every snapshot.
public struct WorkforceOverview: Codable, Equatable, Sendable {
    public var snapshotDate: CalendarDate
    public var headcount: Int
    public var disclosureThreshold: Decimal
    public var profiles: [WorkforceProfile]
    public var grades: [GradeProfile]
    /// One per characteristic the community profile has figures for; empty without one.
    public var comparisons: [CommunityComparison]
    public var hasCommunityProfile: Bool
    /// Across every snapshot; a single point when there is only one.
    public var trends: WorkforceTrends
    /// The threshold and rule every figure above follows.
    public var disclosureControl: DisclosureControl

    public init(
        snapshotDate: CalendarDate, headcount: Int, disclosureThreshold: Decimal, profiles: [WorkforceProfile],
        grades: [GradeProfile], comparisons: [CommunityComparison], hasCommunityProfile: Bool, trends: WorkforceTrends,
        disclosureControl: DisclosureControl = .standard
    ) {
        self.snapshotDate = snapshotDate
        self.headcount = headcount
        self.disclosureThreshold = disclosureThreshold
        self.profiles = profiles
        self.grades = grades
        self.comparisons = comparisons
        self.hasCommunityProfile = hasCommunityProfile
        self.trends = trends
        self.disclosureControl = disclosureControl
    }

    /// The overview of `selected` (the newest snapshot when nil); nil when there are no
    /// snapshots or none on the date asked for.
    public static func build(
        snapshots: [EqualityInformationInput.SnapshotData], selected: CalendarDate? = nil, community: CommunityProfile?,
        threshold: Decimal = WorkforceProfile.defaultDisclosureThreshold, control: DisclosureControl = .standard
    ) -> WorkforceOverview? {
        build(tallies: snapshots.map { ($0.snapshot, SnapshotTally($0.records, date: $0.snapshot.date)) }, selected: selected,
              community: community, threshold: threshold, control: control)
    }

    /// The same from each snapshot's counts (`SnapshotTally`), without its records.
    public static func build(
        tallies snapshots: [(snapshot: WorkforceSnapshot, tally: SnapshotTally)], selected: CalendarDate? = nil, community: CommunityProfile?,
        threshold: Decimal = WorkforceProfile.defaultDisclosureThreshold, control: DisclosureControl = .standard
    ) -> WorkforceOverview? {
        let ordered = snapshots.sorted { $0.snapshot.date < $1.snapshot.date }
        let found = selected.map { date in ordered.last { $0.snapshot.date == date } } ?? ordered.last
        guard let chosen = found else { return nil }
        let characteristics = characteristics(of: ordered.map(\.snapshot), newest: chosen.snapshot, found: chosen.tally.otherColumns)
        let tallies = characteristics.map(chosen.tally.tally(of:))
        // One plan per characteristic, so the profile and the grade table hide the same groups.
        let plans = tallies.map { DisclosurePlan.build($0, control: control) }
        let profiles = zip(tallies, plans).map { WorkforceProfile.build($0, threshold: threshold, control: control, plan: $1) }
        return WorkforceOverview(
            snapshotDate: chosen.snapshot.date, headcount: chosen.tally.headcount, disclosureThreshold: threshold,
            profiles: profiles,
            grades: zip(tallies, plans).map { GradeProfile.build($0, control: control, plan: $1) },
            comparisons: community.map { community in profiles.compactMap { CommunityComparison.build($0, community: community) } } ?? [],
            hasCommunityProfile: community != nil,
            trends: WorkforceTrends.build(
                tallies: ordered.map { ($0.snapshot.date, $0.tally) }, characteristics: characteristics, threshold: threshold, control: control),
            disclosureControl: control)
    }

    /// Sex, ethnicity and disability, then the chosen snapshot's further columns, then
    /// any other snapshot's, then any further column found in the chosen one's records.
    static func characteristics(of snapshots: [WorkforceSnapshot], newest: WorkforceSnapshot, found: [String]) -> [StaffCharacteristic] {
        var others = newest.otherCharacteristics
        for snapshot in snapshots.reversed() {
            for name in snapshot.otherCharacteristics where !others.contains(name) { others.append(name) }
        }
        return StaffCharacteristic.all(others: others, found: found)
    }

    public func comparison(for characteristic: StaffCharacteristic) -> CommunityComparison? {
        comparisons.first { $0.characteristic == characteristic }
    }
}
