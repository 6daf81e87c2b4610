import Foundation

/// Everything the annual equality information report is built from: the Public Sector
/// Equality Duty asks a council to publish information showing how it meets the duty,
/// about its staff and about the people its policies affect.
public struct EqualityInformationInput: Sendable {
    public var organisationName: String
    /// The report's date (the day it is rendered or issued).
    public var date: CalendarDate
    /// Every snapshot of the council's workforce, oldest first; the report is about the
    /// newest and shows trends across all.
    public var snapshots: [SnapshotData]
    public var communityProfile: CommunityProfile?
    public var impactAssessments: [ImpactAssessment]
    /// The council's disclosure rule (its own threshold, or the default).
    public var disclosureControl: DisclosureControl

    public struct SnapshotData: Sendable {
        public var snapshot: WorkforceSnapshot
        public var records: [StaffRecord]

        public init(snapshot: WorkforceSnapshot, records: [StaffRecord]) {
            self.snapshot = snapshot
            self.records = records
        }
    }

    public init(
        organisationName: String, date: CalendarDate, snapshots: [SnapshotData], communityProfile: CommunityProfile?,
        impactAssessments: [ImpactAssessment], disclosureControl: DisclosureControl = .standard
    ) {
        self.organisationName = organisationName
        self.date = date
        self.snapshots = snapshots
        self.communityProfile = communityProfile
        self.impactAssessments = impactAssessments
        self.disclosureControl = disclosureControl
    }
}
