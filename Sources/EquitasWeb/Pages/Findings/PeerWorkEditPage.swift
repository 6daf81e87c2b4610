import EquitasCore
import Foundation

/// One finding's or recommendation's fields, to correct it.
enum PeerWorkEditPage<Draft: PeerWorkDraft> {
    static func layout(_ work: PeerWorkRecord, id: UUID, draft: Draft, errors: FormErrors, canWrite: Bool, csrf: String?) -> PageLayout {
        let heading = "Edit a \(Draft.noun)"
        let list = work.path + "/" + Draft.plural
        let body: Node = canWrite
            ? .form(
                action: list + "/" + id.uuidString.lowercased(), method: .post, [],
                FormControls.csrf(csrf),
                Draft.fields(work, draft, errors),
                FormControls.submit("Save \(Draft.noun)"))
            : .p([], .text("You can read the team's \(Draft.plural) but not change them."))
        return PageLayout(
            title: errors.titlePrefix + "\(heading): \(work.title)",
            content: [
                errors.summary,
                work.breadcrumbs(heading),
                .h1([], .text(heading)),
                body,
                .p([], .a(href: list, .text("Back to the \(Draft.plural)"))),
            ])
    }
}
