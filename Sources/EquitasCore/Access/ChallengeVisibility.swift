/// What one reader may see of a challenge's contents, worked out once from the policy,
/// so that every way a challenge leaves the server (a part, a page, an export, the
/// history of changes, a search) leaves out the same things.
public struct ChallengeVisibility: Hashable, Sendable {
    /// The team's working papers: its session notes, and the history of changes to its
    /// findings, recommendations, conclusions and judgements (deleted ones included).
    public var teamNotes: Bool
    /// Findings, recommendations, the conclusion, judgements and award.
    public var peerWork: Bool

    public init(teamNotes: Bool, peerWork: Bool) {
        self.teamNotes = teamNotes
        self.peerWork = peerWork
    }

    /// Everything: the team, its managers, the administrator.
    public static let everything = ChallengeVisibility(teamNotes: true, peerWork: true)

    public init(_ actor: Actor, _ facts: ChallengeFacts) {
        self.init(
            teamNotes: AccessPolicy.allows(actor, .read, .challenge(facts, part: .teamNotes)),
            peerWork: AccessPolicy.allows(actor, .read, .challenge(facts, part: .peerWork)))
    }
}

extension Challenge {
    /// Without the team's conclusion, module judgements, second level's judgement and award
    /// when the reader may not see the team's work yet.
    public func visible(to visibility: ChallengeVisibility) -> Challenge {
        guard !visibility.peerWork else { return self }
        var copy = self
        copy.conclusion = nil
        copy.award = nil
        copy.secondLevel?.judgement = .none
        copy.modules = modules.map { ModuleScope(id: $0.id, level: $0.level) }
        return copy
    }
}

extension ProgrammeSession {
    /// The schedule without the team's notes, for a reader who may not see them.
    public func visible(to visibility: ChallengeVisibility) -> ProgrammeSession {
        guard !visibility.teamNotes else { return self }
        var copy = self
        copy.notes = nil
        return copy
    }
}

extension ChallengeRecord {
    /// The record as this reader may see it: an export for the council holds what it may
    /// read and nothing more.
    public func visible(to visibility: ChallengeVisibility) -> ChallengeRecord {
        var copy = self
        copy.challenge.value = challenge.value.visible(to: visibility)
        copy.programme = programme.map { Identified(id: $0.id, value: $0.value.visible(to: visibility)) }
        if !visibility.peerWork {
            copy.findings = []
            copy.recommendations = []
        }
        return copy
    }

    /// A report version keeps what the report is made from, and the team's notes are
    /// never part of a report: so a snapshot never holds them.
    public var withoutTeamNotes: ChallengeRecord {
        visible(to: ChallengeVisibility(teamNotes: false, peerWork: true))
    }
}
