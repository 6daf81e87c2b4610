/// Who may do what: one pure function over an actor, a resource and read or write,
/// so the whole matrix is tested in milliseconds and the web layer only asks.
///
/// - Administrators and review managers may do everything (accounts are the
///   administrator's alone).
/// - A peer sees a challenge only while on its team, from set-up to the final report,
///   and writes the team's work until the report is final.
/// - Council officers and councillors see their own council's challenges and action
///   plans, never another council's; officers write the self-assessment, evidence,
///   comments on drafts and the action plan; councillors read.
/// - What stays with the team: a council sees its challenge's set-up, team, programme
///   schedule, its own self-assessment and evidence; the feedback deck as presented once
///   the review manager records that the feedback was given; the report as issued once a
///   draft is; the team's findings, recommendations, conclusion and judgements only once
///   the final report has frozen them; the live working copy and the team's session
///   notes never. (Published reports are everyone's.)
/// - A council's own equality data (staff lists, pay gaps, community profile, impact
///   assessments) is its officers' to write and its councillors' to read; review
///   managers read it, administrators do anything, peers and the public see none.
/// - Everyone, signed in or not, reads frameworks, the published reports and the
///   register of awards.
public enum AccessPolicy {
    public static func allows(_ actor: Actor, _ kind: AccessKind, _ resource: Resource) -> Bool {
        switch resource {
        case .frameworks, .publicRegister:
            return kind == .read || actor.role == .administrator
        case .accounts:
            return actor.role == .administrator
        case .challengeRegister:
            switch actor.role {
            case .administrator, .reviewManager: return true
            case .peer, .councilOfficer, .councillor: return kind == .read
            case .public: return false
            }
        case .actionPlanRegister:
            switch actor.role {
            case .administrator, .reviewManager, .councilOfficer: return true
            case .councillor: return kind == .read
            case .peer, .public: return false
            }
        case .directory:
            switch actor.role {
            case .administrator, .reviewManager: return true
            case .peer, .councilOfficer, .councillor: return kind == .read
            case .public: return false
            }
        case .actionPlan(let organisationId):
            switch actor.role {
            case .administrator, .reviewManager: return true
            case .councilOfficer: return actor.organisationId == organisationId
            case .councillor: return kind == .read && actor.organisationId == organisationId
            case .peer, .public: return false
            }
        case .organisationData(let organisationId, _):
            switch actor.role {
            case .administrator: return true
            case .reviewManager: return kind == .read
            case .councilOfficer: return actor.organisationId == organisationId
            case .councillor: return kind == .read && actor.organisationId == organisationId
            case .peer, .public: return false
            }
        case .challenge(let facts, let area):
            return challenge(actor, kind, facts, area)
        }
    }

    static func challenge(_ actor: Actor, _ kind: AccessKind, _ facts: ChallengeFacts, _ area: ChallengeArea) -> Bool {
        // A published report is public: whatever else a role may not see, it may read that.
        if kind == .read, facts.status == .published, area == .report || area == .workingCopy { return true }
        switch actor.role {
        case .administrator, .reviewManager:
            return true
        case .peer:
            guard let person = actor.personId, facts.teamPersonIds.contains(person), facts.status <= .final else { return false }
            if kind == .read { return true }
            switch area {
            case .programme, .teamNotes, .peerWork, .evidence: return facts.status < .final
            case .setUp, .selfAssessment, .feedback, .reportVersions, .comments, .report, .workingCopy: return false
            }
        case .councilOfficer, .councillor:
            guard let council = actor.organisationId, facts.organisationIds.contains(council) else { return false }
            if kind == .read { return councilReads(area, facts) }
            guard actor.role == .councilOfficer else { return false }
            switch area {
            case .selfAssessment, .evidence: return facts.status < .final
            case .comments: return facts.status == .councilReview
            case .setUp, .programme, .teamNotes, .peerWork, .feedback, .reportVersions, .report, .workingCopy: return false
            }
        case .public:
            return false
        }
    }

    /// What the council under challenge may read of it: what it organises and writes
    /// itself at once; the team's work only as it is handed over.
    static func councilReads(_ area: ChallengeArea, _ facts: ChallengeFacts) -> Bool {
        switch area {
        case .setUp, .selfAssessment, .evidence, .programme, .reportVersions, .comments: return true
        case .feedback: return facts.feedbackGiven
        case .report: return facts.draftIssued
        // Once the final report is issued the team's work can no longer change, so the
        // live parts are exactly what was issued.
        case .peerWork: return facts.status >= .final
        case .teamNotes, .workingCopy: return false
        }
    }
}
