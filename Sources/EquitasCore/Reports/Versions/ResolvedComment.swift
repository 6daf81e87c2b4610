/// A comment just resolved, and what became of any revised wording it carried.
public struct ResolvedComment: Codable, Equatable, Sendable {
    public var comment: Identified<ReportComment>
    /// Present when the resolution carried revised text.
    public var revision: LiveRevision?

    public init(comment: Identified<ReportComment>, revision: LiveRevision? = nil) {
        self.comment = comment
        self.revision = revision
    }
}
