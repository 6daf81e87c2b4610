import Foundation

/// Whose trail a change belongs to: a challenge's, an action plan's, both (a plan made
/// from a challenge) or neither (an organisation, a person, an account).
struct AuditScope: Equatable, Sendable {
    var challengeId: UUID?
    var actionPlanId: UUID?

    static let none = AuditScope()

    static func challenge(_ id: UUID?) -> AuditScope { AuditScope(challengeId: id) }
    static func actionPlan(_ id: UUID) -> AuditScope { AuditScope(actionPlanId: id) }
}
