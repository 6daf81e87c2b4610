/// A version as listed: everything but the snapshot, with how many comments it has and
/// how many of those still wait for the review manager.
public struct ReportVersionSummary: Codable, Equatable, Sendable {
    public var number: Int
    public var kind: ReportVersionKind
    public var issuedOn: CalendarDate
    public var issuedBy: String
    public var comments: CommentCounts

    public init(number: Int, kind: ReportVersionKind, issuedOn: CalendarDate, issuedBy: String, comments: CommentCounts) {
        self.number = number
        self.kind = kind
        self.issuedOn = issuedOn
        self.issuedBy = issuedBy
        self.comments = comments
    }

    public init(_ version: ReportVersion, comments: CommentCounts) {
        self.init(number: version.number, kind: version.kind, issuedOn: version.issuedOn, issuedBy: version.issuedBy, comments: comments)
    }

    public var label: String { ReportVersionKind.label(kind, number: number) }
}
