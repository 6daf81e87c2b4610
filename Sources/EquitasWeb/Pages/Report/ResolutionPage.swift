import EquitasCore
import Foundation

/// The review manager's answer to one comment: accepted (perhaps with new wording for
/// the finding or recommendation), declined with a reason the council will read, or noted.
enum ResolutionPage {
    static func layout(
        _ work: PeerWorkRecord, comment: Identified<ReportComment>, place: String, draft: ResolutionDraft, errors: FormErrors,
        canWrite: Bool, csrf: String?
    ) -> PageLayout {
        let heading = "Resolve a comment"
        let value = comment.value
        let outcomes: [(value: String, words: String)] = [
            (CommentOutcome.accepted.rawValue, "Accepted"), (CommentOutcome.declined.rawValue, "Declined"),
            (CommentOutcome.noted.rawValue, "Noted"),
        ]
        let rewordable = value.anchor.kind != .section
        let form: Node = canWrite && value.resolution == nil
            ? .form(
                action: Site.challengeCommentResolutionPost.path(work.id, comment.id), method: .post, [],
                FormControls.csrf(csrf),
                FormControls.radios("outcome", legend: "Outcome", options: outcomes, selected: draft.outcome, error: errors["outcome"]),
                FormControls.textArea(
                    "reason", label: "Reason", value: draft.reason, hint: "Needed when the comment is declined; the council reads it",
                    error: errors["reason"], rows: 3),
                rewordable
                    ? FormControls.textArea(
                        "revised_text", label: "Revised wording (optional)", value: draft.revised_text,
                        hint: "Only for an accepted comment: replaces the text in the working copy", error: errors["revised_text"], rows: 4)
                    : .empty,
                FormControls.submit("Save resolution"))
            : .p([], value.resolution == nil ? "Only the review manager resolves comments." : "This comment has been resolved.")
        return PageLayout(
            title: errors.titlePrefix + "\(heading): \(work.title)",
            content: [
                errors.summary,
                work.breadcrumbs(heading),
                .h1([], .text(heading)),
                .dl(
                    [.class("summary-list")],
                    .dt([], "Draft"), .dd([], .text("Draft \(value.version)")),
                    .dt([], "Part of the report"), .dd([], .text(place)),
                    .dt([], "From"), .dd([], .text(value.author)),
                    .dt([], "Comment"), .dd([], .text(value.text))),
                form,
                .p([], .a(href: Site.challengeComments.path(work.id), "Back to the comments")),
            ])
    }
}
