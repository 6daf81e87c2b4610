import Foundation

/// How the review manager dealt with a comment: accepted (perhaps rewording the finding
/// or recommendation it was about), declined with a reason, or noted.
public struct CommentResolution: Codable, Equatable, Sendable {
    public var outcome: CommentOutcome
    public var reason: String?
    /// On an accepted comment about a finding or recommendation: its new wording.
    public var revisedText: String?
    public var resolvedBy: String
    public var resolvedAt: Date

    public init(outcome: CommentOutcome, reason: String? = nil, revisedText: String? = nil, resolvedBy: String, resolvedAt: Date) {
        self.outcome = outcome
        self.reason = reason
        self.revisedText = revisedText
        self.resolvedBy = resolvedBy
        self.resolvedAt = resolvedAt
    }
}

public enum CommentOutcome: String, DomainEnum {
    case accepted
    case declined
    case noted
}
