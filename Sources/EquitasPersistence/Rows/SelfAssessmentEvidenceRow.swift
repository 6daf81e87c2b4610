import FluentKit
import Foundation

final class SelfAssessmentEvidenceRow: LinkRow, @unchecked Sendable {
    static let schema = "self_assessment_evidence"
    static let noun = "self-assessment evidence link"
    static let ownerKey: FieldKey = "self_assessment_id"

    @ID(key: .id) var id: UUID?
    @Field(key: "self_assessment_id") var ownerId: UUID
    @Field(key: "evidence_id") var targetId: UUID
    @Field(key: "position") var position: Int

    init() {}
}
