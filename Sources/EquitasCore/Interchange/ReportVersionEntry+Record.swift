import Foundation

extension ChallengeDocument.ReportVersionEntry {
    /// A stored challenge's versions and comments as the document writes them, every
    /// default written out: a comment's finding by its position in `record`'s findings,
    /// its recommendation by number. A part removed since the draft (or hidden from this
    /// reader) leaves the comment on the report as a whole. nil when there are none.
    public static func entries(
        versions: [ReportVersionSummary], comments: [ReportComment], record: ChallengeRecord
    ) -> [ChallengeDocument.ReportVersionEntry]? {
        guard !versions.isEmpty else { return nil }
        let findings = Dictionary(record.findings.enumerated().map { ($0.element.id.uuidString.lowercased(), $0.offset + 1) }, uniquingKeysWith: { a, _ in a })
        let recommendations = Dictionary(
            record.recommendations.map { ($0.id.uuidString.lowercased(), $0.value.number) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(record.organisations.map { ($0.id, $0.value.name) }, uniquingKeysWith: { a, _ in a })
        return versions.sorted { $0.number < $1.number }.map { version in
            let own = comments.filter { $0.version == version.number }.sorted { $0.createdAt < $1.createdAt }
            return .init(
                number: version.number, kind: version.kind.rawValue, issuedOn: version.issuedOn, issuedBy: version.issuedBy,
                comments: own.map { comment in
                    var entry = ChallengeDocument.CommentEntry(
                        author: comment.author, organisation: comment.organisationId.flatMap { names[$0] }, text: comment.text,
                        resolution: comment.resolution.map {
                            .init(outcome: $0.outcome.rawValue, reason: $0.reason, revisedText: $0.revisedText, resolvedBy: $0.resolvedBy)
                        })
                    let id = comment.anchor.id.lowercased()
                    switch comment.anchor.kind {
                    case .finding: entry.finding = findings[id]
                    case .recommendation: entry.recommendation = recommendations[id]
                    case .section: entry.section = comment.anchor == .wholeReport ? nil : comment.anchor.id
                    }
                    return entry
                })
        }
    }
}
