import Foundation

/// What a request touches, described by the facts an access decision needs and
/// nothing more: loaded by the web layer, decided here.
public enum Resource: Hashable, Sendable {
    /// The framework library: public knowledge.
    case frameworks
    /// Published reports and the register of awards.
    case publicRegister
    /// Organisations and people: the directory of who is who.
    case directory
    /// Accounts and their tokens.
    case accounts
    /// Challenges as a whole: listing (each caller sees only those it may) and setting up
    /// a new one.
    case challengeRegister
    /// Action plans as a whole: listing (filtered the same way) and starting a new plan,
    /// whose council the route then checks as `.actionPlan`.
    case actionPlanRegister
    /// One challenge, or one of its parts.
    case challenge(ChallengeFacts, part: ChallengeArea)
    /// A council's action plan (with its items, actions and updates).
    case actionPlan(organisationId: UUID)
    /// A council's own equality data, kept between challenges.
    case organisationData(organisationId: UUID, area: OrganisationDataArea)
}

/// The kinds of equality data a council keeps for itself. Staff lists are personal
/// data even when anonymised, so these are the council's and the administrators' alone;
/// review managers may read them to prepare a challenge.
public enum OrganisationDataArea: String, CaseIterable, Hashable, Sendable {
    /// Workforce snapshots, pay gaps, profiles, the community profile and the annual
    /// equality information report made from them.
    case workforce
    /// The register of equality impact assessments.
    case impactAssessments = "impact-assessments"
}

/// The facts about a challenge that decide who may see or change it.
public struct ChallengeFacts: Hashable, Sendable {
    public var status: ChallengeStatus
    public var organisationIds: [UUID]
    /// The person records of everyone on its team.
    public var teamPersonIds: Set<UUID>

    public init(status: ChallengeStatus, organisationIds: [UUID], teamPersonIds: Set<UUID>) {
        self.status = status
        self.organisationIds = organisationIds
        self.teamPersonIds = teamPersonIds
    }
}

/// The parts of a challenge that different people write: the council writes its
/// self-assessment and evidence and comments on drafts; the team writes the rest.
public enum ChallengeArea: String, CaseIterable, Hashable, Sendable {
    /// The challenge itself: scope, dates, status, conclusion, award; and its team.
    case setUp = "set-up"
    case selfAssessment = "self-assessment"
    case evidence
    /// Programme, findings and recommendations: the peers' own work.
    case peerWork = "peer-work"
    /// Issuing drafts and the final report.
    case reportVersions = "report-versions"
    /// The council's comments on a draft, and their resolution.
    case comments
    /// The report as a document (working copy or an issued version).
    case report
}

public enum AccessKind: String, Hashable, Sendable {
    case read
    case write
}
