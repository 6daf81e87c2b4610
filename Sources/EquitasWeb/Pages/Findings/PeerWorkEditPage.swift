import EquitasCore
import Foundation

/// One finding's or recommendation's fields, to correct it.
enum PeerWorkEditPage<Draft: PeerWorkDraft> {
    /// What the form shows: the person's words, what is wrong, the version they were
    /// read at, and another person's newer version when there is one (`EditConflict`).
    struct Form {
        var draft: Draft
        var errors: FormErrors
        var version: String
        var conflict: EditConflict?
    }

    /// Only those who may change the team's work reach it: its route declares `.write`.
    static func layout(_ work: PeerWorkRecord, id: UUID, form: Form, csrf: String?) -> PageLayout {
        let heading = "Edit a \(Draft.noun)"
        let list = Draft.routes.list.path(work.id)
        let body: Node = .form(
            action: Draft.routes.update.path(work.id, id), method: .post, [],
            FormControls.csrf(csrf),
            EditConflict.hidden(form.version),
            Draft.fields(work, form.draft, form.errors),
            FormControls.submit("Save \(Draft.noun)"))
        return PageLayout(
            title: form.errors.titlePrefix + "\(heading): \(work.title)",
            content: [
                form.errors.summary,
                work.breadcrumbs(heading),
                .h1([], .text(heading)),
                form.conflict?.panel ?? .empty,
                body,
                .p([], .a(href: list, .text("Back to the \(Draft.plural)"))),
            ])
    }
}
