import EquitasCore
import Foundation

/// The form for a comment on one part of the draft, reached from "Comment on this" on
/// the reading page: the part quoted in full above the box, so the comment is written
/// against the words it is about.
enum CommentOnPartPage {
    struct Model {
        var work: PeerWorkRecord
        var version: ReportVersion
        var anchor: ReportAnchor
        /// "Finding", "Recommendation 3", "Section: 2. Background".
        var place: String
        /// The finding's or recommendation's words; nil for a section.
        var quoted: String?
        var csrf: String?
    }

    static func path(_ challengeId: UUID) -> String { Site.challengeCommentsNew.path(challengeId) }

    static func layout(_ model: Model, text: String?, errors: FormErrors) -> PageLayout {
        let draft = FormErrors.sentence(model.version.label)
        let heading = "Comment on \(model.version.label)"
        return PageLayout(
            title: errors.titlePrefix + "\(FormErrors.sentence(heading)): \(model.work.title)",
            content: [
                errors.summary,
                model.work.breadcrumbs(FormErrors.sentence(heading)),
                .h1([], .text(FormErrors.sentence(heading))),
                .h2([.id("part-heading")], .text(model.place)),
                model.quoted.map { .blockquote([.class("quoted-part")], .p([], .text($0))) } ?? .empty,
                .form(
                    action: path(model.work.id), method: .post, [],
                    FormControls.csrf(model.csrf),
                    .input([Attribute("type", "hidden"), Attribute("name", "anchor"), Attribute("value", ReportAnchorWords.value(model.anchor))]),
                    FormControls.textArea("text", label: "Your comment", value: text, error: errors["text"], rows: 6),
                    FormControls.submit("Add comment")),
                .p(
                    [],
                    .a(
                        href: DraftReadingPage.path(model.work.id) + "#" + DraftReadingPage.linkID(model.anchor),
                        .text("Back to \(draft.lowercased())"))),
            ])
    }
}
