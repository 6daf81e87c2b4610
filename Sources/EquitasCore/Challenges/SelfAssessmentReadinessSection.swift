import Foundation

/// One module's part of `SelfAssessmentReadiness`, for one council (nil in a single
/// challenge). Criterion ids keep the framework's order.
public struct SelfAssessmentReadinessSection: Equatable, Sendable {
    public var moduleId: String
    public var level: String
    public var council: UUID?
    public var criterionIds: [String]
    public var withoutNarrative: [String]
    public var withoutEvidence: [String]

    public init(
        moduleId: String, level: String, council: UUID?, criterionIds: [String], withoutNarrative: [String], withoutEvidence: [String]
    ) {
        self.moduleId = moduleId
        self.level = level
        self.council = council
        self.criterionIds = criterionIds
        self.withoutNarrative = withoutNarrative
        self.withoutEvidence = withoutEvidence
    }

    public var withNarrative: Int { criterionIds.count - withoutNarrative.count }
    public var withEvidence: Int { criterionIds.count - withoutEvidence.count }
}
