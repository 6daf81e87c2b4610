import EquitasCore
import FluentKit
import Foundation

/// A self-assessment entry; the evidence it cites is in `self_assessment_evidence`.
final class SelfAssessmentRow: ChallengePartRow, @unchecked Sendable {
    static let schema = "self_assessments"
    static let noun = "self-assessment entry"

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "criterion_id") var criterionId: String
    @OptionalField(key: "organisation_id") var organisationId: UUID?
    @OptionalField(key: "judgement") var judgement: String?
    @OptionalField(key: "score") var score: Int?
    @Field(key: "narrative") var narrative: String
    @Field(key: "position") var position: Int

    init() {}

    func apply(_ part: SelfAssessmentEntry) {
        criterionId = part.criterionId
        organisationId = part.organisationId
        judgement = part.judgement
        score = part.score
        narrative = part.narrative
    }

    static func parts(of rows: [SelfAssessmentRow], on db: any Database) async throws -> [SelfAssessmentEntry] {
        let links = try await SelfAssessmentEvidenceRow.targets(of: rows.map { try $0.requireID() }, on: db)
        return try rows.map { row in
            SelfAssessmentEntry(
                criterionId: row.criterionId, organisationId: row.organisationId, judgement: row.judgement,
                score: row.score, narrative: row.narrative, evidenceIds: links[try row.requireID()] ?? [])
        }
    }

    func saveLinks(of part: SelfAssessmentEntry, on db: any Database) async throws {
        try await SelfAssessmentEvidenceRow.replace(owner: requireID(), targets: part.evidenceIds, on: db)
    }
}
