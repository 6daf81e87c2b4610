/// Which status may follow which. Work moves forward one step at a time; two steps
/// may go back, because real challenges do: a self-assessment reopened for planning,
/// and a draft sent back from the council for redrafting. Final and published are
/// frozen: a published report is a public record.
public enum ChallengeLifecycle {
    public static func path(for kind: ChallengeKind) -> [ChallengeStatus] {
        switch kind {
        case .peerChallenge: return ChallengeStatus.allCases
        case .selfAssessment: return [.planning, .selfAssessment, .final, .published]
        }
    }

    static let stepsBack: Set<[ChallengeStatus]> = [[.selfAssessment, .planning], [.councilReview, .drafting]]

    public static func next(from status: ChallengeStatus, kind: ChallengeKind) -> [ChallengeStatus] {
        let path = path(for: kind)
        guard let index = path.firstIndex(of: status) else { return [] }
        var allowed: [ChallengeStatus] = []
        if index + 1 < path.count { allowed.append(path[index + 1]) }
        if index > 0, stepsBack.contains([status, path[index - 1]]) { allowed.append(path[index - 1]) }
        return allowed
    }

    /// Succeeds when `to` may follow `from`; otherwise says what may.
    public static func check(from: ChallengeStatus, to: ChallengeStatus, kind: ChallengeKind) throws(RuleViolation) {
        guard from != to else { return }
        let allowed = next(from: from, kind: kind)
        guard !allowed.contains(to) else { return }
        guard path(for: kind).contains(to) else {
            throw RuleViolation("a \(kind.rawValue.replacingOccurrences(of: "-", with: " ")) never goes through \(to.label)")
        }
        let options = allowed.isEmpty
            ? "a \(from.label) challenge cannot change status"
            : "from \(from.label) it can move to " + allowed.map(\.label).joined(separator: " or ")
        throw RuleViolation("cannot move a challenge from \(from.label) to \(to.label): \(options)")
    }

    /// Once the final report is issued, what the challenge recorded is the public record:
    /// its parts no longer change (the report versions keep what was issued).
    public static func checkEditable(_ status: ChallengeStatus) throws(RuleViolation) {
        guard status != .final, status != .published else {
            throw RuleViolation("the challenge is \(status.label): its final report has been issued, so what it records can no longer change")
        }
    }
}
