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
        let ordered = snapshots.sorted { $0.snapshot.date < $1.snapshot.date }
        let found = selected.map { date in ordered.last { $0.snapshot.date == date } } ?? ordered.last
        guard let chosen = found else { return nil }
        let characteristics = characteristics(of: ordered, newest: chosen)
        // One plan per characteristic, so the profile and the grade table hide the same groups.
        let plans = characteristics.map { DisclosurePlan.build(chosen.records, characteristic: $0, control: control) }
        let profiles = zip(characteristics, plans).map {
            WorkforceProfile.build(chosen.records, characteristic: $0, threshold: threshold, control: control, plan: $1)
        }
        return WorkforceOverview(
            snapshotDate: chosen.snapshot.date, headcount: chosen.records.count, disclosureThreshold: threshold,
            profiles: profiles,
            grades: zip(characteristics, plans).map { GradeProfile.build(chosen.records, characteristic: $0, control: control, plan: $1) },
            comparisons: community.map { community in profiles.compactMap { CommunityComparison.build($0, community: community) } } ?? [],
            hasCommunityProfile: community != nil,
            trends: WorkforceTrends.build(ordered.map { ($0.snapshot.date, $0.records) }, characteristics: characteristics, threshold: threshold, control: control),
            disclosureControl: control)
    }

    /// Sex, ethnicity and disability, then the chosen snapshot's further columns, then
    /// any other snapshot's.
    static func characteristics(of snapshots: [EqualityInformationInput.SnapshotData], newest: EqualityInformationInput.SnapshotData) -> [StaffCharacteristic] {
        var others = newest.snapshot.otherCharacteristics
        for data in snapshots.reversed() {
            for name in data.snapshot.otherCharacteristics where !others.contains(name) { others.append(name) }
        }
        return StaffCharacteristic.all(others: others, records: newest.records)
    }

    public func comparison(for characteristic: StaffCharacteristic) -> CommunityComparison? {
        comparisons.first { $0.characteristic == characteristic }
    }
}
