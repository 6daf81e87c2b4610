import Foundation

/// The council's own view of one criterion: the level it believes it meets (or, in a
/// scored framework, its score), why, and the evidence that shows it.
public struct SelfAssessmentEntry: ChallengePart, Hashable {
    public var criterionId: String
    /// In a joint challenge, which council this is; nil when made jointly.
    public var organisationId: UUID?
    public var judgement: String?
    public var score: Int?
    public var narrative: String
    public var evidenceIds: [UUID]

    public init(criterionId: String, organisationId: UUID? = nil, judgement: String? = nil, score: Int? = nil, narrative: String, evidenceIds: [UUID] = []) {
        self.criterionId = criterionId
        self.organisationId = organisationId
        self.judgement = judgement
        self.score = score
        self.narrative = narrative
        self.evidenceIds = evidenceIds
    }

    private enum CodingKeys: String, CodingKey { case criterionId, organisationId, judgement, score, narrative, evidenceIds }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            criterionId: try c.decode(String.self, forKey: .criterionId),
            organisationId: try c.decodeIfPresent(UUID.self, forKey: .organisationId),
            judgement: try c.decodeIfPresent(String.self, forKey: .judgement),
            score: try c.decodeIfPresent(Int.self, forKey: .score),
            narrative: try c.decodeIfPresent(String.self, forKey: .narrative) ?? "",
            evidenceIds: try c.decodeIfPresent([UUID].self, forKey: .evidenceIds) ?? [])
    }

    public func validated(in context: ChallengeContext) throws(ValidationFailure) -> SelfAssessmentEntry {
        var copy = self
        let framework = context.framework
        guard framework.criterion(criterionId) != nil else {
            throw ValidationFailure(path: "criterion_id", message: "unknown criterion \"\(criterionId)\" in \(framework.id)")
        }
        try context.checkOrganisation(organisationId, path: "organisation_id")
        if let judgement { try framework.checkLevel(judgement, path: "judgement") }
        if let score {
            guard let range = framework.scoring?.validScores else {
                throw ValidationFailure(path: "score", message: "\(framework.id) is not a scored framework; give a judgement instead")
            }
            guard range.contains(score) else {
                throw ValidationFailure(path: "score", message: "\(score) is outside the scale \(range.lowerBound)–\(range.upperBound)")
            }
        }
        copy.narrative = (try Text.optional(narrative, path: "narrative")) ?? ""
        for (index, id) in evidenceIds.enumerated() where !context.evidenceIds.contains(id) {
            throw ValidationFailure(path: "evidence_ids[\(index)]", message: "\(id) is not evidence of this challenge")
        }
        return copy
    }
}
