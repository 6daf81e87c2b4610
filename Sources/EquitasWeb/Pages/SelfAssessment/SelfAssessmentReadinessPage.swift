import EquitasCore
import Foundation

/// What is still missing before the self-assessment is ready for the peers: per
/// module (and council) the criteria with no narrative and those with no evidence,
/// each linking to its editor.
struct SelfAssessmentReadinessPage {
    var data: SelfAssessmentData
    var readiness: SelfAssessmentReadiness
    var mayWrite: Bool

    func layout() -> PageLayout {
        PageLayout(title: "Is the self-assessment ready?", content: [
            SelfAssessmentCrumbs.challenge(data.base, name: data.challengeName, [(Site.challengeSelfAssessment.path(data.challengeId), "Self-assessment")], current: "Readiness"),
            .h1([], "Is the self-assessment ready?"),
            .p([.class("lead")], .text(readiness.isComplete
                ? "Every criterion at the level sought has a narrative and evidence."
                : "Some criteria at the level sought still need a narrative or evidence.")),
            .fragment(readiness.sections.map(section)),
        ])
    }

    private func section(_ section: SelfAssessmentReadinessSection) -> Node {
        let module = data.framework.module(section.moduleId)
        var title = module.map { "\(data.framework.moduleNoun.capitalized) \($0.code): \($0.name)" } ?? section.moduleId
        if section.council != nil { title = "\(data.councilName(section.council)): \(title)" }
        let total = section.criterionIds.count
        return .section(
            [],
            .h2([], .text(title)),
            .p([], .text("Level sought: \(data.levelName(section.level))")),
            .ul([], .li([], .text("\(section.withNarrative) of \(total) \(Self.criteria(total)) \(total == 1 ? "has" : "have") a narrative")),
                .li([], .text("\(section.withEvidence) of \(total) \(Self.criteria(total)) cite evidence"))),
            list("Without a narrative", section.withoutNarrative, council: section.council),
            list("Without evidence", section.withoutEvidence, council: section.council))
    }

    private func list(_ heading: String, _ ids: [String], council: UUID?) -> Node {
        guard !ids.isEmpty else { return .empty }
        return .fragment([
            .h3([], .text(heading)),
            .ul([], .fragment(ids.map { id in
                let name = data.framework.criterion(id).map { "\($0.code) \($0.title)" } ?? id
                guard mayWrite else { return .li([], .text(name)) }
                return .li([], .a(href: data.editPath(id, council: council), .text(name),
                                  .span([.class("visually-hidden")], .text(" – edit the self-assessment for this criterion"))))
            })),
        ])
    }

    static func criteria(_ count: Int) -> String { count == 1 ? "criterion" : "criteria" }
}
