import Foundation

/// Which criteria a self-assessment covers and which entry speaks for each. A single
/// challenge has one self-assessment; a joint one has one per council, where an entry
/// made jointly (no council named) stands for every council until one writes its own.
public enum SelfAssessmentLookup {
    /// Each council of a joint challenge; `[nil]` for a single challenge, whose entries
    /// may or may not name its one council.
    public static func councils(of challenge: Challenge) -> [UUID?] {
        challenge.organisationIds.count > 1 ? challenge.organisationIds.map { $0 } : [nil]
    }

    /// The criteria of a module at the level sought; a framework that does not sort its
    /// criteria by level (a scored one) asks about all of them at every level.
    public static func criteria(in framework: Framework, scope: ModuleScope) -> [Criterion] {
        guard let module = framework.module(scope.id) else { return [] }
        return module.criteria.filter { $0.level == nil || $0.level == scope.level }
    }

    /// The entry that answers for `criterionId` and `council`: the council's own, or
    /// failing that the joint one.
    public static func entry(
        for criterionId: String, council: UUID?, in entries: [Identified<SelfAssessmentEntry>], challenge: Challenge
    ) -> Identified<SelfAssessmentEntry>? {
        let forCriterion = entries.filter { $0.value.criterionId == criterionId }
        guard let council else {
            let sole = challenge.organisationIds.first
            return forCriterion.first { $0.value.organisationId == nil || $0.value.organisationId == sole }
        }
        return forCriterion.first { $0.value.organisationId == council } ?? forCriterion.first { $0.value.organisationId == nil }
    }
}
