import Foundation

extension PlanItemRecord {
    /// The items of `plans` that answer a challenge's recommendation: in each plan of a
    /// council the recommendation is for (every plan, for one addressed to all the
    /// councils), the item that names it by id, else the first unlinked item with its
    /// number (plans imported from a spreadsheet know only the number). One rule for
    /// every reader of a plan against a report: last time's comparison and the public
    /// "You said, we did" page.
    public static func answering(_ recommendation: Identified<Recommendation>, in plans: [ActionPlanRecord]) -> [PlanItemRecord] {
        let value = recommendation.value
        return plans.filter { value.organisationId == nil || $0.plan.value.organisationId == value.organisationId }.compactMap { plan in
            plan.items.first { $0.item.value.recommendationId == recommendation.id }
                ?? plan.items.first { $0.item.value.recommendationId == nil && $0.item.value.number == value.number }
        }
    }
}
