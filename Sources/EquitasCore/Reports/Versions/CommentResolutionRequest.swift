/// A resolution as the review manager sends it; the time is the server's.
public struct CommentResolutionRequest: Codable, Equatable, Sendable {
    public var outcome: CommentOutcome
    public var reason: String?
    public var revisedText: String?
    public var resolvedBy: String

    public init(outcome: CommentOutcome, reason: String? = nil, revisedText: String? = nil, resolvedBy: String) {
        self.outcome = outcome
        self.reason = reason
        self.revisedText = revisedText
        self.resolvedBy = resolvedBy
    }
}
