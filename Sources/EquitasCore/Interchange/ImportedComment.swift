import Foundation

/// One comment of an imported document checked against the record it belongs to: the
/// part it names must be there, its resolution must follow the rules a review manager's
/// does (a declined comment gives a reason; only an accepted one rewords a finding or
/// recommendation).
struct ImportedComment {
    let entry: ChallengeDocument.CommentEntry
    let version: ReportVersion
    let record: ChallengeRecord
    /// The report's section ids, when they are to be checked.
    let sections: [String]?

    func comment(at date: Date, path: String) throws(ValidationFailure) -> ReportComment {
        let anchor = try self.anchor(path: path)
        let challenge = record.challenge.value
        var organisationId: UUID?
        if let name = Text.optional(entry.organisation) {
            guard let found = record.organisations.first(where: { $0.value.name == name && challenge.organisationIds.contains($0.id) }) else {
                throw ValidationFailure(path: "\(path).organisation", message: "\"\(name)\" is not one of the challenged organisations")
            }
            organisationId = found.id
        }
        let fallbackAuthor = record.organisations.first { $0.id == challenge.organisationIds.first }?.value.name ?? "the council"
        let author = try Text.optional(entry.author, path: "\(path).author", maximum: ReportTrail.nameMaximum) ?? fallbackAuthor
        let text = try Text.required(entry.text, path: "\(path).text")
        let comment = ReportComment(
            version: version.number, anchor: anchor, author: author, organisationId: organisationId, text: text, createdAt: date)
        guard let resolution = entry.resolution else { return comment }
        let outcome = try CommentOutcome.parse(resolution.outcome, path: "\(path).resolution.outcome")
        let request = CommentResolutionRequest(
            outcome: outcome, reason: resolution.reason, revisedText: resolution.revisedText,
            resolvedBy: Text.optional(resolution.resolvedBy) ?? ChallengeDocument.peerTeam)
        do {
            return try ReportTrail.resolve(comment, with: request, at: date)
        } catch let failure as ValidationFailure {
            throw failure.nested(under: "\(path).resolution")
        } catch {
            throw ValidationFailure(path: "\(path).resolution", message: "\(error)")
        }
    }

    /// The finding (by position), recommendation (by number) or section named; the
    /// report as a whole when none is.
    private func anchor(path: String) throws(ValidationFailure) -> ReportAnchor {
        let named = [entry.finding != nil, entry.recommendation != nil, entry.section != nil].filter { $0 }.count
        guard named <= 1 else {
            throw ValidationFailure(path: path, message: "name at most one of finding, recommendation and section")
        }
        if let position = entry.finding {
            guard record.findings.indices.contains(position - 1) else {
                throw ValidationFailure(path: "\(path).finding", message: "there is no finding \(position) (the document has \(record.findings.count))")
            }
            return ReportAnchor(kind: .finding, id: record.findings[position - 1].id.uuidString.lowercased())
        }
        if let number = entry.recommendation {
            guard let found = record.recommendations.first(where: { $0.value.number == number }) else {
                throw ValidationFailure(path: "\(path).recommendation", message: "there is no recommendation \(number)")
            }
            return ReportAnchor(kind: .recommendation, id: found.id.uuidString.lowercased())
        }
        guard let section = Text.optional(entry.section), section != ReportAnchor.wholeReport.id else { return .wholeReport }
        if let sections, !sections.contains(section) {
            throw ValidationFailure(
                path: "\(path).section", message: "the report has no section \"\(section)\"; its sections are \(sections.joined(separator: ", "))")
        }
        return ReportAnchor(kind: .section, id: section)
    }
}
