import Foundation

/// A council's comment on the draft as a past report prints it: where it was made when
/// the report says ("Paragraph on carers' data", "Recommendation 2", "4.3"), its words,
/// who made it when given, and the team's response in its own words with the kind of
/// resolution those words amount to.
struct PrintedComment: Equatable, Sendable {
    var on: String?
    var text: String
    var author: String?
    var resolution: String?

    /// The rest of this comment's row, from the next page.
    mutating func carryOn(_ rest: PrintedComment) {
        func join(_ a: String?, _ b: String?) -> String? {
            guard let b else { return a }
            return a.map { $0 + " " + b } ?? b
        }
        on = join(on, rest.on)
        text = text + " " + rest.text
        author = join(author, rest.author)
        resolution = join(resolution, rest.resolution)
    }

    /// The kind of resolution the response's words amount to; "noted" when they say
    /// nothing plainer (or there are none: a report that prints only the comments).
    var outcome: CommentOutcome {
        guard let resolution else { return .noted }
        let lower = resolution.lowercased()
        let declined = ["not accepted", "not agreed", "not changed", "no change", "declined", "disagree", "rejected", "was kept",
                        "were kept", "retained", "unchanged", "stands", "remains as", "not amended", "did not"]
        let accepted = ["accepted", "agreed", "amended", "changed", "added", "corrected", "updated", "revised", "removed", "reworded",
                        "deleted", "clarified", "included", "replaced", "now reads"]
        if declined.contains(where: { lower.contains($0) }) { return .declined }
        if accepted.contains(where: { ReportText.contains(lower, phrase: $0) }) { return .accepted }
        return .noted
    }
}

enum CommentParser {
    /// "Comment 3 (Head of Policy): Paragraph 4.2. The data is newer. Response: agreed."
    /// `placed` false for comments a word processor printed at the end of the document
    /// (the 2012 reference's), whose first words are never a place.
    static func parse(line raw: String, placed: Bool) -> PrintedComment? {
        var text = raw.replacingOccurrences(of: "\u{FFFD}", with: "").trimmingCharacters(in: .whitespaces)
        var author: String?
        if let prefix = text.range(of: #"^Comment\s+\d+\s*(\(([^)]+)\)|from\s+[^:]+)?\s*[:.–—-]\s*"#, options: [.regularExpression, .caseInsensitive]) {
            let head = String(text[prefix])
            author = head.range(of: #"\(([^)]+)\)"#, options: .regularExpression).map { String(head[$0].dropFirst().dropLast()) }
                ?? head.range(of: #"(?i)from\s+[^:]+"#, options: .regularExpression).map { String(head[$0].dropFirst(5)).trimmingCharacters(in: .whitespaces) }
            text = String(text[prefix.upperBound...])
        }
        var resolution: String?
        if let marker = text.range(of: #"\b(Resolution|Response|Team'?s response|Our response|Outcome|How (it was )?resolved)\s*[:–—-]\s*"#,
                                   options: [.regularExpression, .caseInsensitive]) {
            resolution = Text.optional(String(text[marker.upperBound...]))
            text = String(text[..<marker.lowerBound])
        }
        var on: String?
        if placed, let stop = text.range(of: #"^(?:[^.:]|(?<=\d)\.(?=\d)){2,60}[.:]\s+(?=[A-Z])"#, options: .regularExpression) {
            let first = String(text[stop]).trimmingCharacters(in: .whitespaces)
            // A place is a few words naming something, not a short sentence of its own.
            let verbs: Set<String> = ["is", "are", "was", "were", "be", "has", "have", "should", "need", "needs", "we", "i", "it", "this"]
            if ReportText.words(first).count <= 6, ReportText.words(first.lowercased()).allSatisfy({ !verbs.contains($0) }) {
                on = String(first.dropLast())
                text = String(text[stop.upperBound...])
            }
        }
        guard let body = Text.optional(text), ReportText.words(body).count >= 1 else { return nil }
        return PrintedComment(on: on, text: body, author: author, resolution: resolution)
    }

    enum Column: Equatable { case on, text, author, resolution }

    /// The columns of a comments table's header row, or nil when it is not one: it needs
    /// a comment column and a response column.
    static func header(_ cells: [String]) -> [Column?]? {
        let columns = cells.map { cell -> Column? in
            let lower = cell.lowercased()
            if ["response", "resolution", "resolved", "how dealt", "outcome", "action taken", "team's reply"].contains(where: lower.contains) {
                return .resolution
            }
            if lower.contains("comment") { return .text }
            if ["from", "made by", "raised by", "who"].contains(where: { ReportText.contains(lower, phrase: $0) }) { return .author }
            if ["paragraph", "section", "where", "page", "ref", "on", "finding", "part"].contains(where: { ReportText.contains(lower, phrase: $0) }) {
                return .on
            }
            return nil
        }
        return columns.contains(.text) && columns.contains(.resolution) ? columns : nil
    }

    static func parse(cells: [String], header: [Column?]) -> PrintedComment? {
        func cell(_ column: Column) -> String? {
            header.firstIndex(of: column).flatMap { cells.indices.contains($0) ? Text.optional(cells[$0]) : nil }
        }
        guard let text = cell(.text) else { return nil }
        return PrintedComment(on: cell(.on), text: text, author: cell(.author), resolution: cell(.resolution))
    }
}
