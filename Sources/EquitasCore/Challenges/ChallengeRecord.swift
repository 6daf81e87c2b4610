/// A challenge with everything recorded about it, as one value: what is exported,
/// imported and (later) turned into reports.
public struct ChallengeRecord: Codable, Equatable, Sendable {
    public var challenge: Identified<Challenge>
    /// Every organisation the record refers to: the challenge's own, in order, then the team's.
    public var organisations: [Identified<Organisation>]
    /// Everyone on the team.
    public var people: [Identified<Person>]
    public var team: [Identified<TeamMember>]
    public var evidence: [Identified<EvidenceDocument>]
    public var selfAssessment: [Identified<SelfAssessmentEntry>]
    public var programme: [Identified<ProgrammeSession>]
    public var findings: [Identified<Finding>]
    public var recommendations: [Identified<Recommendation>]
    /// For a challenge that follows another: last time, as the council may see it. Kept
    /// in a report version's snapshot, so an issued report's comparison never moves.
    public var earlier: EarlierCycle?

    public init(
        challenge: Identified<Challenge>, organisations: [Identified<Organisation>], people: [Identified<Person>],
        team: [Identified<TeamMember>] = [], evidence: [Identified<EvidenceDocument>] = [],
        selfAssessment: [Identified<SelfAssessmentEntry>] = [], programme: [Identified<ProgrammeSession>] = [],
        findings: [Identified<Finding>] = [], recommendations: [Identified<Recommendation>] = [], earlier: EarlierCycle? = nil
    ) {
        self.challenge = challenge
        self.organisations = organisations
        self.people = people
        self.team = team
        self.evidence = evidence
        self.selfAssessment = selfAssessment
        self.programme = programme
        self.findings = findings
        self.recommendations = recommendations
        self.earlier = earlier
    }
}
