import EquitasCore
import Foundation

/// One recommendation's fields, to correct it.
enum RecommendationEditPage {
    static func layout(
        _ work: PeerWorkRecord, recommendationId: UUID, draft: RecommendationDraft, errors: FormErrors, canWrite: Bool, csrf: String?
    ) -> PageLayout {
        let heading = "Edit a recommendation"
        let path = work.path + "/recommendations/" + recommendationId.uuidString.lowercased()
        let body: Node = canWrite
            ? .form(
                action: path, method: .post, [],
                FormControls.csrf(csrf),
                RecommendationFields.nodes(work, draft, errors),
                FormControls.submit("Save recommendation"))
            : .p([], "You can read the team's recommendations but not change them.")
        return PageLayout(
            title: (errors.isEmpty ? "" : "Error: ") + "\(heading): \(work.title)",
            content: [
                errors.summary,
                work.breadcrumbs(heading),
                .h1([], .text(heading)),
                body,
                .p([], .a(href: work.path + "/recommendations", "Back to the recommendations")),
            ])
    }
}
