import EquitasCore
import EquitasPersistence
import Foundation

/// The world's challenge filled in and brought to drafting, with the report stores.
extension World {
    var versions: ReportVersionStore { ReportVersionStore(db: db, catalog: Self.catalog) }
    var comments: ReportCommentStore { ReportCommentStore(db: db, catalog: Self.catalog) }

    func readyToDraft() async throws {
        try await TestRecord.fillParts(of: challenge, in: self)
        for status in [ChallengeStatus.selfAssessment, .onSite, .drafting] {
            _ = try await challenges.transition(challenge, to: status)
        }
    }

    func issueDraft() async throws -> ReportVersionSummary {
        try await versions.issueDraft(challengeId: challenge, issuedBy: "Review manager", on: date("2024-04-02"))
    }

    /// A comment on the first finding of the draft with this number.
    func commentOnFinding(_ number: Int = 1, text: String = "This is out of date.") async throws -> Identified<ReportComment> {
        let finding = try await versions.version(challengeId: challenge, number: number).snapshot.findings[0].id
        let input = NewReportComment(anchor: ReportAnchor(kind: .finding, id: finding.uuidString), author: "Head of Policy", text: text)
        return try await comments.add(challengeId: challenge, version: number, input, at: Date(timeIntervalSince1970: 1_712_000_000))
    }

    func status() async throws -> ChallengeStatus { try await challenges.get(challenge).value.status }
}
