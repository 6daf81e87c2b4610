import EquitasCore
import Foundation

/// The numbered recommendations, by council (in a joint challenge) and then by number,
/// with a form to add the next one.
enum RecommendationsPage {
    static func layout(
        _ work: PeerWorkRecord, draft: RecommendationDraft, errors: FormErrors, canWrite: Bool, csrf: String?, done: String?
    ) -> PageLayout {
        let heading = "Recommendations"
        return PageLayout(
            title: errors.titlePrefix + "\(heading): \(work.title)",
            content: [
                errors.summary,
                work.breadcrumbs(heading),
                .h1([], .text(heading)),
                notification(done),
                list(work, canWrite: canWrite, csrf: csrf),
                canWrite
                    ? .section(
                        [.aria("labelledby", "add-heading")],
                        .h2([.id("add-heading")], "Add a recommendation"),
                        .form(
                            action: Site.challengeRecommendationsPost.path(work.id), method: .post, [],
                            FormControls.csrf(csrf),
                            RecommendationFields.nodes(work, draft, errors),
                            FormControls.submit("Add recommendation")))
                    : .empty,
            ])
    }

    /// The number the next recommendation will most likely take.
    static func nextNumber(_ work: PeerWorkRecord) -> Int {
        (work.record.recommendations.map(\.value.number).max() ?? 0) + 1
    }

    private static func notification(_ done: String?) -> Node {
        let words: String? = switch done {
        case "added": "Recommendation added"
        case "saved": "Recommendation saved"
        case "deleted": "Recommendation deleted"
        default: nil
        }
        return StatusMessage.node(words)
    }

    private static func list(_ work: PeerWorkRecord, canWrite: Bool, csrf: String?) -> Node {
        let all = work.record.recommendations.sorted { $0.value.number < $1.value.number }
        guard !all.isEmpty else { return .p([], "No recommendations have been written yet.") }
        let councils: [UUID?] = work.isJoint ? [nil] + work.challenge.organisationIds.map { Optional($0) } : [nil]
        var groups: [Node] = []
        for council in councils {
            let mine = work.isJoint ? all.filter { $0.value.organisationId == council } : all
            guard !mine.isEmpty else { continue }
            let items = mine.map { item(work, $0, canWrite: canWrite, csrf: csrf) }
            groups.append(work.isJoint ? .h2([], .text(council == nil ? "Joint recommendations" : "For " + work.organisationName(council))) : .empty)
            groups.append(.ul([.class("recommendation-list")], .fragment(items)))
        }
        return .fragment(groups)
    }

    private static func item(_ work: PeerWorkRecord, _ recommendation: Identified<Recommendation>, canWrite: Bool, csrf: String?) -> Node {
        let value = recommendation.value
        return .li(
            [.id("recommendation-" + recommendation.id.uuidString.lowercased()), .class("report-item")],
            .p([], .strong([], .text("Recommendation \(value.number)")), .text(" (" + work.moduleName(value.module) + ")")),
            .p([], .text(value.text)),
            canWrite
                ? .div(
                    [.class("actions")],
                    .a(href: Site.challengeRecommendationEdit.path(work.id, recommendation.id), "Edit", .span([.class("visually-hidden")], .text(" recommendation \(value.number)"))),
                    FormControls.postButton("Delete recommendation \(value.number)", action: Site.challengeRecommendationDeletePost.path(work.id, recommendation.id), csrf: csrf, warning: true))
                : .empty)
    }
}
