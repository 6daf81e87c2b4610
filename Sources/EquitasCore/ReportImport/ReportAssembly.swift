import Foundation

/// Puts what the walker collected into the document, one confidence item per part.
enum ReportAssembly {
    static func addTeam(_ members: [TeamLineParser.Member], to document: inout ChallengeDocument, items: inout [RecognisedItem]) {
        var seen: Set<String> = []
        for member in members where seen.insert(member.name).inserted {
            items.append(RecognisedItem(
                path: "team[\(document.team.count)]", value: "\(member.name), \(member.role.label)", confidence: member.organisation == nil ? 0.6 : 0.85,
                reason: "listed with the team; role from \(member.name.hasPrefix("Councillor") ? "the title Councillor" : "the organisation and role words")"))
            document.team.append(.init(name: member.name, organisation: member.organisation, role: member.role.rawValue, jobTitle: member.jobTitle))
        }
    }

    static func addFindings(_ walker: FindingWalker, to document: inout ChallengeDocument, items: inout [RecognisedItem]) {
        for found in walker.findings where !found.entry.module.isEmpty {
            items.append(RecognisedItem(
                path: "findings[\(document.findings.count)]", value: "\(found.entry.kind): \(found.entry.text.prefix(70))",
                confidence: found.confidence, reason: found.reason, area: found.area))
            document.findings.append(found.entry)
        }
        for recommendation in walker.recommendations {
            items.append(RecognisedItem(
                path: "recommendations[\(document.recommendations.count)]", value: "\(recommendation.entry.number). \(recommendation.entry.text.prefix(70))",
                confidence: recommendation.confidence, reason: "a numbered item under the recommendations"))
            document.recommendations.append(recommendation.entry)
        }
        // Every module with a finding is in scope, in the framework's order, except those
        // the team only remarked on ("observations on other areas").
        let used = Set(document.findings.filter { $0.kind != FindingKind.observation.rawValue }.map(\.module))
        document.modules = walker.framework.modules.filter { used.contains($0.id) }.map { .init(id: $0.id) }
    }

    static func notes(_ walker: FindingWalker) -> [String] {
        var notes: [String] = []
        if walker.unplaced > 0 {
            notes.append("\(walker.unplaced) findings had no heading saying what kind they are; their kind was guessed from the wording")
        }
        if walker.findings.isEmpty { notes.append("no findings were recognised") }
        return notes
    }

    /// What a report printed without saying how the team dealt with a comment.
    static let unsaidResolution = "The published report prints the comment but not how the team dealt with it."

    /// The council's comments become comments on draft 1 (dated the last day of the
    /// visit), each resolved as the report's words say, "noted" when it says nothing.
    /// A report that gives no dates dates its draft by the latest date it mentions.
    static func addComments(
        _ walker: FindingWalker, sentences: [String], to document: inout ChallengeDocument, items: inout [RecognisedItem], warnings: inout [String]
    ) {
        guard !walker.comments.isEmpty else { return }
        var issuedOn: CalendarDate?
        if document.end ?? document.start == nil {
            guard let latest = DraftDate.latest(in: sentences) else {
                warnings.append("\(walker.comments.count) comments by the council on the draft were left out: the report mentions no date to date the draft by")
                return
            }
            issuedOn = latest
            warnings.append("the report gives no dates; its draft, with the council's \(walker.comments.count) comments, is dated \(latest.longForm), the latest date it mentions")
        }
        var entries: [ChallengeDocument.CommentEntry] = []
        for comment in walker.comments {
            var entry = CommentPlacer.place(comment, in: document, framework: walker.framework)
            let outcome = comment.outcome
            entry.resolution = .init(outcome: outcome.rawValue, reason: comment.resolution ?? unsaidResolution)
            let place = entry.finding.map { "finding \($0)" } ?? entry.recommendation.map { "recommendation \($0)" } ?? entry.section ?? "the report as a whole"
            items.append(RecognisedItem(
                path: "report_versions[0].comments[\(entries.count)]", value: "\(outcome.rawValue): \(comment.text.prefix(70))",
                confidence: comment.resolution == nil ? 0.6 : 0.8,
                reason: "the council's comment on the draft, on \(place)" + (comment.on.map { " (\"\($0)\")" } ?? "")
                    + (comment.resolution == nil ? "; the report says nothing of its resolution, so it is noted" : "; resolution from the response's words")))
            entries.append(entry)
        }
        document.reportVersions = [.init(number: 1, kind: ReportVersionKind.draft.rawValue, issuedOn: issuedOn, comments: entries)]
    }
}
