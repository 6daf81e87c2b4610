import EquitasCore
import Foundation

/// One finding's fields, to correct its wording, module, kind or council.
enum FindingEditPage {
    static func layout(
        _ work: PeerWorkRecord, findingId: UUID, draft: FindingDraft, errors: FormErrors, canWrite: Bool, csrf: String?
    ) -> PageLayout {
        let heading = "Edit a finding"
        let path = work.path + "/findings/" + findingId.uuidString.lowercased()
        let body: Node = canWrite
            ? .form(
                action: path, method: .post, [],
                FormControls.csrf(csrf),
                FindingFields.nodes(work, draft, errors),
                FormControls.submit("Save finding"))
            : .p([], "You can read the team's findings but not change them.")
        return PageLayout(
            title: (errors.isEmpty ? "" : "Error: ") + "\(heading): \(work.title)",
            content: [
                errors.summary,
                work.breadcrumbs(heading),
                .h1([], .text(heading)),
                body,
                .p([], .a(href: work.path + "/findings", "Back to the findings")),
            ])
    }
}
