import Foundation

/// What a follow-up challenge carries from the challenge it follows: the scope and
/// judgements of last time, the council's self-assessment then, the team's findings,
/// and each recommendation with what became of it in the council's action plan.
///
/// It holds only what the council may see of the earlier challenge (ADR 0005): the
/// team's work (findings, judgements, award, recommendations) only once that challenge's
/// final report was issued, and never the team's notes. A follow-up's readers are the
/// council and its new team, so one rule serves every reader; a report version keeps
/// this value frozen with the rest of its snapshot.
public struct EarlierCycle: Codable, Equatable, Sendable {
    public var challengeId: UUID
    /// "Equality Framework for Local Government (2021)"
    public var frameworkLine: String
    public var start: CalendarDate?
    public var end: CalendarDate?
    public var status: ChallengeStatus
    /// Whether the team's work of last time is included (its final report was issued).
    public var peerWorkShown: Bool
    public var award: Accreditation?
    public var awardLevelName: String?
    public var modules: [EarlierModule]
    /// The council's own entries of last time, per criterion.
    public var selfAssessment: [SelfAssessmentEntry]
    /// The team's findings of last time, quotes left out (they were about that visit).
    public var findings: [Finding]
    public var recommendations: [CarriedRecommendation]

    public init(
        challengeId: UUID, frameworkLine: String, start: CalendarDate?, end: CalendarDate?, status: ChallengeStatus,
        peerWorkShown: Bool, award: Accreditation?, awardLevelName: String?, modules: [EarlierModule],
        selfAssessment: [SelfAssessmentEntry], findings: [Finding], recommendations: [CarriedRecommendation]
    ) {
        self.challengeId = challengeId
        self.frameworkLine = frameworkLine
        self.start = start
        self.end = end
        self.status = status
        self.peerWorkShown = peerWorkShown
        self.award = award
        self.awardLevelName = awardLevelName
        self.modules = modules
        self.selfAssessment = selfAssessment
        self.findings = findings
        self.recommendations = recommendations
    }

    /// The recommendations the council must still address: not closed in its plan.
    public var openRecommendations: [CarriedRecommendation] { recommendations.filter(\.isOpen) }

    /// Last time's entry for a criterion (and council, in a joint challenge; a joint
    /// entry serves every council).
    public func entry(criterionId: String, council: UUID?) -> SelfAssessmentEntry? {
        let matching = selfAssessment.filter { $0.criterionId == criterionId }
        return matching.first { $0.organisationId == council } ?? matching.first { $0.organisationId == nil }
    }

    public func module(_ id: String) -> EarlierModule? { modules.first { $0.id == id } }

    /// "11 to 13 March 2025", or nil when the earlier challenge had no dates.
    public var dates: String? { start.map { CalendarDate.range($0, end) } }
}

/// A module as it stood last time.
public struct EarlierModule: Codable, Equatable, Sendable {
    public var id: String
    /// "Understanding and working with your communities"
    public var name: String
    public var level: String
    public var levelName: String
    /// `.none` when the team's work is not shown.
    public var judgement: Judgement
    public var conclusion: String?

    public init(id: String, name: String, level: String, levelName: String, judgement: Judgement, conclusion: String?) {
        self.id = id
        self.name = name
        self.level = level
        self.levelName = levelName
        self.judgement = judgement
        self.conclusion = conclusion
    }
}
