import EquitasCore
import Foundation

/// The preview's council comments on the draft: one fieldset each, with where it was
/// made and who made it (kept as read), its words, and how the team resolved it.
enum ReportImportCommentSection {
    typealias Draft = ReportImportDraft

    static func node(_ draft: Draft, framework: Framework?, errors: FormErrors) -> Node {
        guard !draft.comments.isEmpty else { return .empty }
        return .fragment([
            .h2([], "The council's comments on the draft"),
            .p([], "They are kept as comments on draft 1 of the report, each with how the team resolved it. They are not findings."),
            ReportImportPage.hiddenInput(("comments_issued_on", draft.commentsIssuedOn)),
            .fragment(
                draft.comments.enumerated().map { index, comment in
                    let prefix = "comment_\(index)"
                    return .fieldset(
                        [],
                        .legend([], .text("Comment \(index + 1)")),
                        ReportImportPage.hiddenInput((Draft.field(prefix, "place"), comment.place)),
                        ReportImportPage.hiddenInput((Draft.field(prefix, "author"), comment.author)),
                        .p([], .text("On \(placeWords(comment.place, draft: draft, framework: framework))"
                            + (comment.author.isEmpty ? "" : ", from \(comment.author)"))),
                        FormControls.textArea(
                            Draft.field(prefix, "text"), label: "Comment", value: comment.text, error: errors[Draft.field(prefix, "text")], rows: 3),
                        FormControls.select(
                            Draft.field(prefix, "outcome"), label: "How it was resolved",
                            options: [("accepted", "Accepted"), ("declined", "Not accepted"), ("noted", "Noted")], selected: comment.outcome,
                            error: errors[Draft.field(prefix, "outcome")]),
                        FormControls.textArea(
                            Draft.field(prefix, "reason"), label: "The team's response", value: comment.reason,
                            error: errors[Draft.field(prefix, "reason")], rows: 2),
                        ReportImportPage.leaveOut(Draft.field(prefix, "leave_out"), words: "Leave out comment \(index + 1)", checked: comment.leaveOut))
                }),
        ])
    }

    /// "finding 4", "recommendation 3", "the area Involving your communities", "the report as a whole".
    static func placeWords(_ place: String, draft: Draft, framework: Framework?) -> String {
        let parts = place.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return "the report as a whole" }
        switch parts[0] {
        // The place's opening words beside its number, so the reviewer can tell that the
        // comment landed on the finding or recommendation it was about.
        case "finding":
            guard let index = Int(parts[1]) else { return "the report as a whole" }
            return "finding \(index + 1)" + opening(draft.findings.indices.contains(index) ? draft.findings[index].text : nil)
        case "recommendation":
            return "recommendation \(parts[1])" + opening(draft.recommendations.first { $0.number == parts[1] }?.text)
        default:
            let id = parts[1].hasPrefix("module-") ? String(parts[1].dropFirst("module-".count)) : parts[1]
            return framework?.modules.first { $0.id == id }.map { "the \(framework?.moduleNoun ?? "area") \($0.name)" } ?? "section \(parts[1])"
        }
    }

    /// The place's opening words in quotation marks after a colon, cut as the comments
    /// pages cut them (`ReportAnchorWords.opening`), or nothing when there are none.
    static func opening(_ text: String?) -> String {
        guard let text = Text.optional(text) else { return "" }
        return ": \u{201C}" + ReportAnchorWords.opening(text) + "\u{201D}"
    }
}
