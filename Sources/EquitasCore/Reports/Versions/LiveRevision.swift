/// Whether an accepted comment's revised text reached the live challenge. The finding
/// or recommendation may have been deleted since the draft was issued; the revised text
/// then stays on the comment only, and the message says so.
public struct LiveRevision: Codable, Equatable, Sendable {
    public var anchor: ReportAnchor
    public var applied: Bool
    public var message: String

    public init(anchor: ReportAnchor, applied: Bool, message: String) {
        self.anchor = anchor
        self.applied = applied
        self.message = message
    }

    public static func applied(to anchor: ReportAnchor) -> LiveRevision {
        LiveRevision(anchor: anchor, applied: true, message: "the \(anchor.label) in the working copy now has the revised text")
    }

    public static func targetGone(_ anchor: ReportAnchor) -> LiveRevision {
        LiveRevision(
            anchor: anchor, applied: false,
            message: "the \(anchor.label) is no longer in the working copy; the revised text is kept on the comment only")
    }
}
