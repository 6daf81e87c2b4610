import EquitasCore
import Foundation

/// The self-assessment as a whole: per council (in a joint challenge) and module, each
/// criterion at the level sought with the council's narrative and the evidence it cites.
struct SelfAssessmentPage {
    var data: SelfAssessmentData
    var mayWrite: Bool
    var done: String?

    func layout() -> PageLayout {
        PageLayout(title: "Self-assessment", content: [
            SelfAssessmentCrumbs.challenge(data.base, name: data.challengeName, current: "Self-assessment"),
            notification,
            .h1([], "Self-assessment"),
            .p([.class("lead")], .text("\(data.councilsInWords): \(data.framework.name) (\(data.framework.version))")),
            .p([], .a(href: Site.challengeSelfAssessmentReadiness.path(data.challengeId), "See how ready the self-assessment is"),
               " · ", .a(href: Site.challengeEvidence.path(data.challengeId), "Evidence")),
            SelfAssessmentLastTime.carried(data),
            .fragment(SelfAssessmentLookup.councils(of: data.challenge).map(council)),
        ])
    }

    private var notification: Node {
        guard done == "saved" else { return .empty }
        return StatusMessage.node("The self-assessment has been saved.")
    }

    private func council(_ council: UUID?) -> Node {
        let joint = council != nil
        return .section(
            [],
            joint ? .h2([], .text(data.councilName(council))) : .empty,
            .fragment(data.challenge.modules.map { module($0, council: council) }))
    }

    private func module(_ scope: ModuleScope, council: UUID?) -> Node {
        let module = data.framework.module(scope.id)
        let title = module.map { "\(data.framework.moduleNoun.capitalized) \($0.code): \($0.name)" } ?? scope.id
        let criteria = SelfAssessmentLookup.criteria(in: data.framework, scope: scope)
        let heading: Node = .text(title)
        return .section(
            [],
            council == nil ? .h2([], heading) : .h3([], heading),
            .p([], .text("Level sought: \(data.levelName(scope.level))")),
            SelfAssessmentLastTime.module(scope.id, data: data),
            criteria.isEmpty ? .p([], "This level has no criteria in this module.") : .empty,
            .fragment(criteria.map { criterion($0, council: council) }))
    }

    private func criterion(_ criterion: Criterion, council: UUID?) -> Node {
        let entry = SelfAssessmentLookup.entry(for: criterion.id, council: council, in: data.entries, challenge: data.challenge)?.value
        let name = "\(criterion.code) \(criterion.title)"
        let heading: Node = .text(name)
        let narrative = entry?.narrative.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return .div(
            [.class("report-item")],
            council == nil ? .h3([], heading) : .element("h4", [], [heading]),
            narrative.isEmpty
                ? .p([.class("hint")], "Not written yet")
                : .fragment(Self.paragraphs(narrative).map { .p([], .text($0)) }),
            judgement(entry),
            evidence(entry),
            SelfAssessmentLastTime.criterion(criterion.id, council: council, data: data),
            mayWrite
                ? .p([], .a(href: data.editPath(criterion.id, council: council),
                            .text("Edit the self-assessment for \(name)"),
                            council == nil ? .empty : .span([.class("visually-hidden")], .text(" (\(data.councilName(council)))"))))
                : .empty)
    }

    private func judgement(_ entry: SelfAssessmentEntry?) -> Node {
        if let score = entry?.score { return .p([], .text("Score given: \(score)")) }
        if let level = entry?.judgement { return .p([], .text("Level the council believes it meets: \(data.levelName(level))")) }
        return .empty
    }

    private func evidence(_ entry: SelfAssessmentEntry?) -> Node {
        let cited = (entry?.evidenceIds ?? []).compactMap { id in data.evidence.first { $0.id == id } }
        guard !cited.isEmpty else { return .p([], "Evidence: none cited") }
        return .fragment([
            .p([], "Evidence:"),
            .ul([], .fragment(cited.map { .li([], .a(href: data.evidencePath($0.id), .text($0.value.title))) })),
        ])
    }

    /// A narrative's blank lines separate its paragraphs.
    static func paragraphs(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
