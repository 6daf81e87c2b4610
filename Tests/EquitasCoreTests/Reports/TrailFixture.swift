import EquitasCore
import Foundation

/// The example challenge as a record, and versions of it, for the report trail's tests.
enum TrailFixture {
    static func record(status: ChallengeStatus = .councilReview) throws -> ChallengeRecord {
        let document = try ChallengeDocument.example().validated(against: .mock)
        let ids = IDSequence()
        var record = try document.record(directory: .fresh(for: document, newID: ids.next), newID: ids.next)
        record.challenge.value.status = status
        return record
    }

    static func version(_ number: Int = 1, kind: ReportVersionKind = .draft, snapshot: ChallengeRecord? = nil) throws -> ReportVersion {
        ReportVersion(
            number: number, kind: kind, issuedOn: CalendarDate("2025-04-01")!, issuedBy: "Sam Whitlock",
            snapshot: try snapshot ?? record())
    }

    static func summary(_ number: Int, kind: ReportVersionKind = .draft, total: Int = 0, unresolved: Int = 0) -> ReportVersionSummary {
        ReportVersionSummary(
            number: number, kind: kind, issuedOn: CalendarDate("2025-04-01")!, issuedBy: "Sam Whitlock",
            comments: CommentCounts(total: total, unresolved: unresolved))
    }

    static let noon = Date(timeIntervalSince1970: 1_743_508_800)
}
