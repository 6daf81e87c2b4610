import Foundation

/// What the council said about one place in a draft, and, once the review manager has
/// dealt with it, how it was resolved.
public struct ReportComment: Codable, Equatable, Sendable {
    /// The number of the draft it was made on.
    public var version: Int
    public var anchor: ReportAnchor
    /// Free text until people sign in: "Head of Policy, Wyvern Vale".
    public var author: String
    /// The council commenting, in a joint challenge; one of the challenge's organisations.
    public var organisationId: UUID?
    public var text: String
    public var createdAt: Date
    public var resolution: CommentResolution?

    public init(
        version: Int, anchor: ReportAnchor, author: String, organisationId: UUID? = nil, text: String, createdAt: Date,
        resolution: CommentResolution? = nil
    ) {
        self.version = version
        self.anchor = anchor
        self.author = author
        self.organisationId = organisationId
        self.text = text
        self.createdAt = createdAt
        self.resolution = resolution
    }

    public var isResolved: Bool { resolution != nil }
}
