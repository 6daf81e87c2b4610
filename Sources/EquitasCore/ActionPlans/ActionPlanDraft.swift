import Foundation

/// "Create plan from final report": one item per recommendation, numbered as in the
/// report, ready for the council to answer. In a joint challenge each council's plan
/// holds the joint recommendations and its own, never another council's.
public enum ActionPlanDraft {
    /// Throws `ValidationFailure` for a council outside the challenge (the caller named
    /// the wrong one) and `RuleViolation` when the report is not final or has nothing
    /// to answer.
    public static func make(from record: ChallengeRecord, organisationId: UUID, title: String? = nil) throws -> (plan: ActionPlan, items: [PlanItem]) {
        let challenge = record.challenge.value
        guard challenge.status == .final || challenge.status == .published else {
            throw RuleViolation("an action plan answers the final report; this challenge is at \(challenge.status.label)")
        }
        guard challenge.organisationIds.contains(organisationId) else {
            throw ValidationFailure(path: "organisation_id", message: "is not one of this challenge's councils")
        }
        let name = record.organisations.first { $0.id == organisationId }?.value.name ?? "Council"
        let year = challenge.start.map { " \($0.year)" } ?? ""
        let plan = ActionPlan(
            organisationId: organisationId, challengeId: record.challenge.id,
            title: title ?? "\(name): action plan in response to the equality peer challenge\(year)")
        let items = record.recommendations
            .filter { $0.value.organisationId == nil || $0.value.organisationId == organisationId }
            .sorted { $0.value.number < $1.value.number }
            .map { PlanItem(number: $0.value.number, recommendationId: $0.id, text: $0.value.text, module: $0.value.module) }
        guard !items.isEmpty else { throw RuleViolation("the challenge has no recommendations for this council to answer") }
        return (plan, items)
    }
}
