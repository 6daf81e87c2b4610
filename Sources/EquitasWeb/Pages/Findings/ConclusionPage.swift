import EquitasCore
import Foundation

/// The team's judgement: the overall conclusion and the level it awards. Those who may
/// not change it read it as a summary.
enum ConclusionPage {
    static func layout(
        _ work: PeerWorkRecord, draft: ConclusionDraft, errors: FormErrors, canWrite: Bool, csrf: String?, done: Bool,
        secondLevel: String? = nil
    ) -> PageLayout {
        let heading = "Conclusion and award"
        return PageLayout(
            title: errors.titlePrefix + "\(heading): \(work.title)",
            content: [
                errors.summary,
                work.breadcrumbs(heading),
                .h1([], .text(heading)),
                StatusMessage.node(done ? "Conclusion saved" : nil),
                secondLevel.map { secondLevelNote($0, canWrite: canWrite) } ?? .fragment([]),
                canWrite ? form(work, draft, errors, csrf: csrf) : summary(work),
            ])
    }

    private static func form(_ work: PeerWorkRecord, _ draft: ConclusionDraft, _ errors: FormErrors, csrf: String?) -> Node {
        let levels = [("none", "No level awarded yet")] + work.framework.levels.map { ($0.id, $0.name) }
        return .form(
            action: Site.challengeConclusionPost.path(work.id), method: .post, [],
            FormControls.csrf(csrf),
            FormControls.textArea(
                "conclusion", label: "Overall conclusion", value: draft.conclusion,
                hint: "The sentence the report opens its conclusion with", error: errors["conclusion"], rows: 6),
            FormControls.radios("level", legend: "Level awarded", options: levels, selected: draft.level ?? "none", error: errors["level"]),
            FormControls.text("awarded", label: "Date awarded", value: draft.awarded, error: errors["awarded"], type: "date"),
            FormControls.text(
                "expires", label: "Date the award expires", value: draft.expires,
                hint: "Leave empty for \(Accreditation.defaultValidityYears) years after the award", error: errors["expires"], type: "date"),
            FormControls.submit("Save conclusion"))
    }

    /// A 2008–09 challenge's verdict on a second framework: kept from the report or the
    /// interchange file it came in, and shown beside the conclusion.
    private static func secondLevelNote(_ words: String, canWrite: Bool) -> Node {
        .dl(
            [.class("summary-list")],
            .dt([], "Also concluded on"),
            .dd([], .text(words), canWrite ? .p([.class("hint")], "Set through the API or an imported challenge file.") : .fragment([])))
    }

    private static func summary(_ work: PeerWorkRecord) -> Node {
        let challenge = work.challenge
        let award: String = challenge.award.map { award in
            let level = work.framework.level(award.level)?.name ?? award.level
            return "\(level), awarded \(award.awarded.longForm), expires \(award.expires.longForm)"
        } ?? "No level awarded yet"
        return .dl(
            [.class("summary-list")],
            .dt([], "Overall conclusion"), .dd([], .text(challenge.conclusion ?? "Not written yet")),
            .dt([], "Level awarded"), .dd([], .text(award)))
    }
}
