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
    /// The equality duty calendar: statutory dates, the award's end, reviews and actions
    /// due; and the committee meetings it shows, which the council's officers enter.
    case calendar
    /// The register of equality objectives, their measures and yearly progress.
    case equalityObjectives = "equality-objectives"
}

/// The facts about a challenge that decide who may see or change it.
public struct ChallengeFacts: Hashable, Sendable {
    public var status: ChallengeStatus
    public var organisationIds: [UUID]
    /// The person records of everyone on its team.
    public var teamPersonIds: Set<UUID>
    /// The review manager has recorded that the last day's feedback was given: the deck
    /// as presented is the council's from then on.
    public var feedbackGiven: Bool
    /// A draft (or the final report) has been issued to the council.
    public var draftIssued: Bool

    public init(status: ChallengeStatus, organisationIds: [UUID], teamPersonIds: Set<UUID>, feedbackGiven: Bool = false, draftIssued: Bool = false) {
        self.status = status
        self.organisationIds = organisationIds
        self.teamPersonIds = teamPersonIds
        self.feedbackGiven = feedbackGiven
        self.draftIssued = draftIssued
    }
}

/// The parts of a challenge that different people write and see: the council writes
/// its self-assessment and evidence and comments on drafts; the team writes the rest,
/// and keeps its working papers to itself (see `AccessPolicy`).
public enum ChallengeArea: String, CaseIterable, Hashable, Sendable {
    /// The challenge itself: scope, dates, status; and its team. (Its conclusion,
    /// judgements and award are the team's work: see `peerWork`.)
    case setUp = "set-up"
    case selfAssessment = "self-assessment"
    case evidence
    /// The on-site programme's schedule: when, which session, who is invited or met.
    /// The council organises it, so it sees it; the team writes it.
    case programme
    /// The team's notes of its sessions: its working papers, never shared.
    case teamNotes = "team-notes"
    /// Findings, recommendations, the conclusion, judgements and award as the team is
    /// writing them.
    case peerWork = "peer-work"
    /// The last day's feedback: recording that it was given (the review manager), and the
    /// deck as it was presented.
    case feedback
    /// Issuing drafts and the final report.
    case reportVersions = "report-versions"
    /// The council's comments on a draft, and their resolution.
    case comments
    /// The report as issued: the drafts and the final report.
    case report
    /// The live working copy of the report, which only the team and its managers see.
    case workingCopy = "working-copy"
}

public enum AccessKind: String, Hashable, Sendable {
    case read
    case write
}
