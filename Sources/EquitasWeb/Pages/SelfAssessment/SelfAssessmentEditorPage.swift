import EquitasCore
import Foundation

/// The editor for one criterion: the council's narrative, the level (or score) it
/// believes it meets, and which of the challenge's evidence shows it.
struct SelfAssessmentEditorPage {
    var data: SelfAssessmentData
    var module: FrameworkModule
    var criterion: Criterion
    var council: UUID?
    var entry: SelfAssessmentEntry?
    var errors = FormErrors()
    var csrfToken: String?
    /// The version of the stored entry the form was read at (`EditConflict`); empty for a new one.
    var version = ""
    var conflict: EditConflict? = nil

    var criterionName: String { "\(criterion.code) \(criterion.title)" }

    func layout() -> PageLayout {
        let title = "Self-assessment for \(criterionName)"
        return PageLayout(title: errors.titlePrefix + title, content: [
            SelfAssessmentCrumbs.challenge(data.base, name: data.challengeName, [(Site.challengeSelfAssessment.path(data.challengeId), "Self-assessment")], current: criterionName),
            errors.summary,
            .span([.class("hint")], .text(data.isJoint ? data.councilName(council) : "\(data.framework.moduleNoun.capitalized) \(module.code): \(module.name)")),
            .h1([], .text(title)),
            .p([], .text(criterion.description)),
            questions,
            conflict?.panel ?? .empty,
            form,
        ])
    }

    private var questions: Node {
        guard !criterion.questions.isEmpty else { return .empty }
        return .fragment([
            .h2([], "Questions to consider"),
            .ul([], .fragment(criterion.questions.map { .li([], .text($0)) })),
        ])
    }

    private var form: Node {
        .form(
            action: Site.challengeSelfAssessmentItemPost.path(data.challengeId, criterion.id), method: .post, [],
            FormControls.csrf(csrfToken),
            EditConflict.hidden(version),
            council.map { .input([Attribute("type", "hidden"), Attribute("name", "council"), Attribute("value", $0.uuidString.lowercased())]) } ?? .empty,
            FormControls.textArea(
                "narrative", label: "The council's narrative", value: entry?.narrative,
                hint: "Say what the council does, how it knows, and what difference it makes. Leave a blank line between paragraphs.",
                error: errors["narrative"], rows: 12),
            assessment,
            evidence,
            FormControls.submit("Save the self-assessment"))
    }

    /// A scored framework asks for a score; the others for a level.
    private var assessment: Node {
        if let range = data.framework.scoring?.validScores {
            let options = [("", "No score yet")] + range.map { (String($0), String($0)) }
            return FormControls.select(
                "score", label: "Score the council gives itself", options: options.map { (value: $0.0, words: $0.1) },
                selected: entry?.score.map(String.init) ?? "", error: errors["score"])
        }
        let options = [(value: "", words: "No judgement yet")] + data.framework.levels.map { (value: $0.id, words: $0.name) }
        return FormControls.radios(
            "judgement", legend: "Which level does the council believe it meets for this criterion?", options: options,
            selected: entry?.judgement ?? "", error: errors["judgement"])
    }

    private var evidence: Node {
        guard !data.evidence.isEmpty else {
            return .p([], "No evidence has been added to this challenge yet. ",
                      .a(href: Site.challengeEvidence.path(data.challengeId), "Add evidence on the evidence page"), ".")
        }
        return FormControls.checkboxes(
            "evidence", legend: "Which evidence shows this?",
            options: data.evidence.map { (value: $0.id.uuidString.lowercased(), words: $0.value.title) },
            selected: Set((entry?.evidenceIds ?? []).map { $0.uuidString.lowercased() }), error: errors["evidence"])
    }
}
