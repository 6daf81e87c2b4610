import EquitasCore
import Foundation

/// The council's comments on the drafts, draft by draft, each with where it points,
/// who made it and how it was resolved; a form to comment on the latest draft while it
/// is with the council; and for the review manager a link to resolve each open one.
enum CommentsPage {
    static func layout(_ data: CommentsPageData, draft: CommentDraft, errors: FormErrors) -> PageLayout {
        let heading = "Comments on the draft report"
        return PageLayout(
            title: errors.titlePrefix + "\(heading): \(data.work.title)",
            content: [
                errors.summary,
                data.work.breadcrumbs("Comments"),
                .h1([], .text(heading)),
                notification(data.done),
                data.commentable.map { .p([], .a(href: DraftReadingPage.path(data.work.id), .text("Read \($0.label) in full and comment beside each part"))) } ?? .empty,
                form(data, draft, errors),
                list(data),
                .p([], .a(href: Site.challengeReport.path(data.work.id), "Back to the report")),
            ])
    }

    private static func notification(_ done: String?) -> Node {
        let words: String? = switch done {
        case "added": "Comment added"
        case "resolved": "Comment resolved"
        default: nil
        }
        return StatusMessage.node(words)
    }

    private static func form(_ data: CommentsPageData, _ draft: CommentDraft, _ errors: FormErrors) -> Node {
        guard let version = data.commentable, let places = data.places[version.number] else { return .empty }
        let options = [("", "Choose a part of the report")] + places.places.map { (ReportAnchorWords.value($0.anchor), $0.words) }
        return .section(
            [.aria("labelledby", "comment-heading")],
            .h2([.id("comment-heading")], .text("Comment on \(version.label)")),
            .form(
                action: Site.challengeCommentsPost.path(data.work.id), method: .post, [],
                FormControls.csrf(data.csrf),
                FormControls.select("anchor", label: "Part of the report", options: options, selected: draft.anchor, error: errors["anchor"]),
                FormControls.textArea("text", label: "Comment", value: draft.text, error: errors["text"], rows: 5),
                FormControls.submit("Add comment")))
    }

    private static func list(_ data: CommentsPageData) -> Node {
        guard !data.comments.isEmpty else { return .p([], "No comments have been made yet.") }
        let numbered = data.numbered
        let drafts = data.versions.filter { version in numbered.contains { $0.comment.value.version == version.number } }
        return .fragment(
            drafts.map { version in
                let items = numbered.filter { $0.comment.value.version == version.number }.map { item(data, $0.number, $0.comment) }
                return .section(
                    [],
                    .h2([], .text("Comments on \(version.label), issued \(version.issuedOn.longForm)")),
                    .ul([.class("comment-list")], .fragment(items)))
            })
    }

    private static func item(_ data: CommentsPageData, _ number: Int, _ comment: Identified<ReportComment>) -> Node {
        let value = comment.value
        let council = value.organisationId.map { " for " + data.work.organisationName($0) } ?? ""
        var resolution: Node = .p([.class("tag")], "Open")
        if let done = value.resolution {
            resolution = .dl(
                [.class("summary-list")],
                .dt([], "Resolution"), .dd([], .text("\(FormErrors.sentence(done.outcome.rawValue)) by \(done.resolvedBy)")),
                done.reason.map { .fragment([.dt([], "Reason"), .dd([], .text($0))]) } ?? .empty,
                done.revisedText.map { .fragment([.dt([], "Revised text"), .dd([], .text($0))]) } ?? .empty)
        } else if data.mayResolve {
            resolution = .p(
                [],
                .a(
                    href: Site.challengeCommentResolution.path(data.work.id, comment.id), "Resolve",
                    .span([.class("visually-hidden")], .text(" comment \(number)"))))
        }
        return .li(
            [.id("comment-" + comment.id.uuidString.lowercased()), .class("report-item")],
            .element("h3", [], [.text("Comment \(number): " + data.placeWords(value))]),
            .p([.class("hint")], .text("From \(value.author)\(council)")),
            .p([], .text(value.text)),
            resolution)
    }
}
