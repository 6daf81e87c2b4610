import Foundation

/// What a dashboard needs to know of one challenge to say what awaits each person: its
/// set-up, the report versions issued, and the programme's sessions on the day.
public struct ChallengeWork: Sendable {
    public var id: UUID
    public var challenge: Challenge
    public var facts: ChallengeFacts
    /// Oldest first, with their comment counts.
    public var versions: [ReportVersionSummary]
    /// The sessions of the day the dashboard is shown, earliest first.
    public var sessionsToday: [ProgrammeSession]

    public init(id: UUID, challenge: Challenge, facts: ChallengeFacts, versions: [ReportVersionSummary] = [], sessionsToday: [ProgrammeSession] = []) {
        self.id = id
        self.challenge = challenge
        self.facts = facts
        self.versions = versions
        self.sessionsToday = sessionsToday
    }

    /// The draft the council is reading now: the newest version, when it is a draft.
    public var currentDraft: ReportVersionSummary? {
        guard let newest = versions.max(by: { $0.number < $1.number }), newest.kind == .draft else { return nil }
        return newest
    }

    public var unresolvedComments: Int { versions.reduce(0) { $0 + $1.comments.unresolved } }
}
