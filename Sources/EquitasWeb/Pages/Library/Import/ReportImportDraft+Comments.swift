import EquitasCore
import Foundation

extension ReportImportDraft {
    /// The comments kept, as draft 1 of the report: a comment on a finding row that was
    /// left out is on the report as a whole; each is checked as the form shows it.
    func reportVersions(findingRows: [Int], errors: inout FormErrors) -> [ChallengeDocument.ReportVersionEntry]? {
        var entries: [ChallengeDocument.CommentEntry] = []
        for (index, comment) in comments.enumerated() where !comment.leaveOut {
            let prefix = "comment_\(index)"
            if Self.trim(comment.text).isEmpty {
                errors.add(Self.field(prefix, "text"), "Enter the words of comment \(index + 1), or leave it out")
            }
            let outcome = CommentOutcome(rawValue: comment.outcome)
            if outcome == nil { errors.add(Self.field(prefix, "outcome"), "Choose how comment \(index + 1) was resolved") }
            if outcome == .declined, Self.trim(comment.reason).isEmpty {
                errors.add(Self.field(prefix, "reason"), "Say why comment \(index + 1) was not accepted")
            }
            var entry = ChallengeDocument.CommentEntry(
                author: Text.optional(comment.author), text: comment.text,
                resolution: .init(outcome: comment.outcome, reason: Text.optional(comment.reason)))
            let parts = comment.place.split(separator: ":", maxSplits: 1).map(String.init)
            switch (parts.first, parts.count == 2 ? parts[1] : nil) {
            case ("finding", let row?): entry.finding = Int(row).flatMap { findingRows.firstIndex(of: $0) }.map { $0 + 1 }
            case ("recommendation", let number?): entry.recommendation = Int(number)
            case ("section", let id?): entry.section = id
            default: break
            }
            entries.append(entry)
        }
        guard !entries.isEmpty else { return nil }
        return [.init(number: 1, kind: ReportVersionKind.draft.rawValue, issuedOn: CalendarDate(Self.trim(commentsIssuedOn)), comments: entries)]
    }

    /// A comment stays on a recommendation or an area only while the document still has
    /// it (one left out or renumbered on the form); otherwise it is on the report as a whole.
    static func placed(_ versions: [ChallengeDocument.ReportVersionEntry]?, in document: ChallengeDocument) -> [ChallengeDocument.ReportVersionEntry]? {
        guard var versions else { return nil }
        let numbers = Set(document.recommendations.map(\.number))
        let sections = Set(document.modules.map { "module-\($0.id)" })
        for v in versions.indices {
            for c in versions[v].comments.indices {
                if let number = versions[v].comments[c].recommendation, !numbers.contains(number) { versions[v].comments[c].recommendation = nil }
                if let section = versions[v].comments[c].section, !sections.contains(section) { versions[v].comments[c].section = nil }
            }
        }
        return versions
    }
}
