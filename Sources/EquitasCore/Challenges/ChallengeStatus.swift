/// Where a challenge is in its life. The order is the order of the work.
public enum ChallengeStatus: String, DomainEnum {
    case planning
    case selfAssessment = "self-assessment"
    case onSite = "on-site"
    case drafting
    case councilReview = "council-review"
    case final
    case published

    /// Human words for messages and pages: "council review".
    public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}

public enum ChallengeKind: String, DomainEnum {
    case peerChallenge = "peer-challenge"
    /// A council assessing itself with no peer team: no on-site days, no draft for comment.
    case selfAssessment = "self-assessment"
}
