import Foundation

/// The addresses of the action plan pages by what they are for, built from the route
/// table so that links, form actions and redirects always agree with the routes.
enum PlanPaths {
    static let register = Site.actionPlans.path

    static func plan(_ planId: UUID) -> String { Site.actionPlan.path(planId) }

    static func importSheet(_ planId: UUID) -> String { Site.actionPlanImportPost.path(planId) }

    static func export(_ planId: UUID, _ format: String) -> String { Site.actionPlanExport.path(planId) + "?format=" + format }

    static func progressReport(_ planId: UUID, _ format: String) -> String {
        Site.actionPlanProgressReport.path(planId) + "?format=" + format
    }

    static func item(_ planId: UUID, _ itemId: UUID) -> String { Site.actionPlanItemPost.path(planId, itemId) }

    static func editItem(_ planId: UUID, _ itemId: UUID) -> String { Site.actionPlanItemEdit.path(planId, itemId) }

    static func newAction(_ planId: UUID, _ itemId: UUID) -> String { Site.actionPlanItemActionsNew.path(planId, itemId) }

    static func addAction(_ planId: UUID, _ itemId: UUID) -> String { Site.actionPlanItemActionsPost.path(planId, itemId) }

    static func action(_ planId: UUID, _ actionId: UUID) -> String { Site.actionPlanAction.path(planId, actionId) }

    static func editAction(_ planId: UUID, _ actionId: UUID) -> String { Site.actionPlanActionEdit.path(planId, actionId) }

    static func updates(_ planId: UUID, _ actionId: UUID) -> String { Site.actionPlanActionUpdatesPost.path(planId, actionId) }

    static func update(_ planId: UUID, _ actionId: UUID, _ updateId: UUID) -> String {
        Site.actionPlanActionUpdatePost.path(planId, actionId, updateId)
    }

    static func committeeReports(_ planId: UUID) -> String { Site.actionPlanCommitteeReportsPost.path(planId) }

    /// The anchor of an item's section on the plan page, so a redirect lands beside
    /// what was just changed.
    static func itemAnchor(_ number: Int) -> String { "item-\(number)" }
}
