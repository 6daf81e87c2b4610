import Foundation

/// How near a self-assessment is to ready: for each module at the level sought (and
/// each council of a joint challenge), the criteria still without a narrative and
/// those citing no evidence. Pure, so the counts can be tested on a hand-built case.
public struct SelfAssessmentReadiness: Equatable, Sendable {
    public var sections: [SelfAssessmentReadinessSection]

    public init(challenge: Challenge, framework: Framework, entries: [Identified<SelfAssessmentEntry>]) {
        var sections: [SelfAssessmentReadinessSection] = []
        for council in SelfAssessmentLookup.councils(of: challenge) {
            for scope in challenge.modules {
                let criteria = SelfAssessmentLookup.criteria(in: framework, scope: scope).map(\.id)
                var withoutNarrative: [String] = []
                var withoutEvidence: [String] = []
                for id in criteria {
                    let entry = SelfAssessmentLookup.entry(for: id, council: council, in: entries, challenge: challenge)?.value
                    if (entry?.narrative ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { withoutNarrative.append(id) }
                    if entry?.evidenceIds.isEmpty ?? true { withoutEvidence.append(id) }
                }
                sections.append(SelfAssessmentReadinessSection(
                    moduleId: scope.id, level: scope.level, council: council, criterionIds: criteria,
                    withoutNarrative: withoutNarrative, withoutEvidence: withoutEvidence))
            }
        }
        self.sections = sections
    }

    /// Every criterion in scope has both a narrative and evidence.
    public var isComplete: Bool {
        sections.allSatisfy { $0.withoutNarrative.isEmpty && $0.withoutEvidence.isEmpty }
    }
}
