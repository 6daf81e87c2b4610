import Foundation

/// A version of the report as an imported document gives it, with its comments, ready
/// for the store.
public struct ImportedReportVersion: Equatable, Sendable {
    public var version: ReportVersion
    public var comments: [ReportComment]
}

extension ChallengeDocument {
    /// Who issued a version or resolved a comment when the document does not say.
    public static let peerTeam = "the peer team"

    /// The document's report versions as the store keeps them: each frozen as `record`
    /// (the challenge as imported, with its ids), each comment placed on the record's
    /// finding or recommendation it names and resolved as the document says. Comments
    /// carry no times of their own: they are dated on their version's day, a second
    /// apart, so they keep the document's order. `framework` nil skips checking section
    /// ids (for a document validated already).
    public func importedReportVersions(record: ChallengeRecord, framework: Framework?) throws(ValidationFailure) -> [ImportedReportVersion] {
        guard let entries = reportVersions else { return [] }
        var numbers: Set<Int> = []
        var result: [ImportedReportVersion] = []
        var sequence = 0
        for (index, entry) in entries.enumerated() {
            let path = "report_versions[\(index)]"
            guard entry.number >= 1 else { throw ValidationFailure(path: "\(path).number", message: "must be 1 or more") }
            guard numbers.insert(entry.number).inserted else {
                throw ValidationFailure(path: "\(path).number", message: "version \(entry.number) is given twice")
            }
            let kind = try ReportVersionKind.parse(entry.kind, path: "\(path).kind", default: .draft)
            guard let issuedOn = entry.issuedOn ?? record.challenge.value.end ?? record.challenge.value.start else {
                throw ValidationFailure(path: "\(path).issued_on", message: "missing (the challenge has no dates to take it from)")
            }
            let issuedBy = try Text.optional(entry.issuedBy, path: "\(path).issued_by", maximum: ReportTrail.nameMaximum) ?? Self.peerTeam
            let version = ReportVersion(number: entry.number, kind: kind, issuedOn: issuedOn, issuedBy: issuedBy, snapshot: record.withoutTeamNotes)
            if kind == .final, record.challenge.value.status < .final {
                // A copy set back to an earlier stage keeping its final report would be closed
                // to the comments its stage asks for.
                throw ValidationFailure(
                    path: "\(path).kind",
                    message: "version \(entry.number) is the final report, but the challenge's status is \(record.challenge.value.status.label); a final report belongs to a challenge at final or published")
            }
            if kind == .final, !entry.comments.isEmpty {
                throw ValidationFailure(path: "\(path).comments", message: "comments are made on drafts; version \(entry.number) is the final report")
            }
            let sections = framework.map { ReportTrail.sectionIds(of: ReportBuilder.build(record, framework: $0, edition: version.edition)) }
            var comments: [ReportComment] = []
            for (position, comment) in entry.comments.enumerated() {
                sequence += 1
                let at = Date(timeIntervalSince1970: Double(issuedOn.dayNumber) * 86_400 + 43_200 + Double(sequence))
                let checked = try ImportedComment(entry: comment, version: version, record: record, sections: sections)
                    .comment(at: at, path: "\(path).comments[\(position)]")
                comments.append(checked)
            }
            result.append(ImportedReportVersion(version: version, comments: comments))
        }
        return result
    }
}
