import EquitasCore
import Foundation

/// A small council's equality information: two staff lists, a community profile and
/// three impact assessments.
enum EqualityReportExample {
    static let organisation = UUID(uuidString: "00000000-0000-0000-0000-000000000002")!
    static let date = CalendarDate(year: 2026, month: 4, day: 30)!

    /// 12 men at 20 and 12 women at 16 in "Grade 1"/"Grade 2"; ethnicity White British
    /// for the rest, Asian for every fourth (6 or 8: suppressed); disability "No" but one.
    static func records(extraWomen: Int = 0) -> [StaffRecord] {
        (0..<(24 + extraWomen)).map { n in
            StaffRecord(
                employeeId: "E\(n)", sex: .value(n < 12 ? "Male" : "Female"),
                ethnicity: n % 4 == 0 ? .value("Asian") : .value("White British"),
                disability: n == 0 ? .preferNotToSay : .value("No"),
                grade: n % 2 == 0 ? "Grade 1" : "Grade 2", pay: .rate(n < 12 ? 20 : 16))
        }
    }

    static func snapshot(_ date: CalendarDate, _ records: [StaffRecord]) -> EqualityInformationInput.SnapshotData {
        .init(snapshot: WorkforceSnapshot(organisationId: organisation, date: date, staffCount: records.count), records: records)
    }

    static let community = CommunityProfile(
        organisationId: organisation, area: "Wyvern Vale", source: "Census 2021 (ONS)",
        entries: [
            CommunityProfileEntry(characteristic: "sex", group: "Female", percent: Decimal(string: "51.2")!),
            CommunityProfileEntry(characteristic: "sex", group: "Male", percent: Decimal(string: "48.8")!),
            CommunityProfileEntry(characteristic: "ethnicity", group: "White British", percent: 85),
        ])

    static let assessments = [
        ImpactAssessment(
            organisationId: organisation, title: "Library opening hours", service: "Libraries", proposal: "Close two libraries on Mondays.",
            decisionMaker: "Cabinet", decisionDate: CalendarDate(year: 2025, month: 9, day: 1)!,
            impacts: [CharacteristicImpact(characteristic: "age", rating: .negative, evidence: "Older readers use Monday sessions.")],
            mitigations: "A mobile library visits on Mondays.", outcome: .adjust,
            reviewDate: CalendarDate(year: 2026, month: 3, day: 1)!, published: true),
        ImpactAssessment(organisationId: organisation, title: "Parking charges", service: "Highways", proposal: "Raise charges.", outcome: .noMajorChange),
        ImpactAssessment(organisationId: organisation, title: "Housing allocations", service: "Housing", proposal: "New policy."),
    ]

    static func input(snapshots: [EqualityInformationInput.SnapshotData], community: CommunityProfile? = community) -> EqualityInformationInput {
        EqualityInformationInput(organisationName: "Wyvern Vale District Council", date: date, snapshots: snapshots,
                                 communityProfile: community, impactAssessments: assessments)
    }

    static var full: EqualityInformationInput {
        input(snapshots: [snapshot(CalendarDate(year: 2025, month: 3, day: 31)!, records()),
                          snapshot(CalendarDate(year: 2026, month: 3, day: 31)!, records(extraWomen: 6))])
    }
}
