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

    public init(
        snapshotDate: CalendarDate, headcount: Int, disclosureThreshold: Decimal, profiles: [WorkforceProfile],
        grades: [GradeProfile], comparisons: [CommunityComparison], hasCommunityProfile: Bool, trends: WorkforceTrends
    ) {
        self.snapshotDate = snapshotDate
        self.headcount = headcount
        self.disclosureThreshold = disclosureThreshold
        self.profiles = profiles
        self.grades = grades
        self.comparisons = comparisons
        self.hasCommunityProfile = hasCommunityProfile
        self.trends = trends
    }

    /// The overview of `selected` (the newest snapshot when nil); nil when there are no
    /// snapshots or none on the date asked for.
    public static func build(
        snapshots: [EqualityInformationInput.SnapshotData], selected: CalendarDate? = nil, community: CommunityProfile?,
        threshold: Decimal = WorkforceProfile.defaultDisclosureThreshold
    ) -> WorkforceOverview? {
        let ordered = snapshots.sorted { $0.snapshot.date < $1.snapshot.date }
        let found = selected.map { date in ordered.last { $0.snapshot.date == date } } ?? ordered.last
        guard let chosen = found else { return nil }
        let characteristics = characteristics(of: ordered, newest: chosen)
        let profiles = characteristics.map { WorkforceProfile.build(chosen.records, characteristic: $0, threshold: threshold) }
        return WorkforceOverview(
            snapshotDate: chosen.snapshot.date, headcount: chosen.records.count, disclosureThreshold: threshold,
            profiles: profiles,
            grades: characteristics.map { GradeProfile.build(chosen.records, characteristic: $0) },
            comparisons: community.map { community in profiles.compactMap { CommunityComparison.build($0, community: community) } } ?? [],
            hasCommunityProfile: community != nil,
            trends: WorkforceTrends.build(ordered.map { ($0.snapshot.date, $0.records) }, characteristics: characteristics, threshold: threshold))
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
