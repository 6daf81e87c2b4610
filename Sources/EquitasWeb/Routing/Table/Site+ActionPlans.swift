import EquitasCore
import Foundation

/// Action plans, their items, actions and progress updates.
extension Site {
    static let actionPlans = Endpoint<Void>(.GET, "action-plans", resource: .actionPlanRegister)
    static let actionPlan = Endpoint<UUID>(.GET, "action-plans", .planID, resource: .actionPlan)
    static let actionPlanAction = Endpoint<(UUID, UUID)>(.GET, "action-plans", .planID, "actions", .actionID, resource: .actionPlan)
    static let actionPlanActionPost = Endpoint<(UUID, UUID)>(.POST, "action-plans", .planID, "actions", .actionID, resource: .actionPlan)
    static let actionPlanActionEdit = Endpoint<(UUID, UUID)>(.GET, "action-plans", .planID, "actions", .actionID, "edit", resource: .actionPlan, access: .write)
    static let actionPlanActionUpdatesPost = Endpoint<(UUID, UUID)>(.POST, "action-plans", .planID, "actions", .actionID, "updates", resource: .actionPlan)
    static let actionPlanActionUpdatePost = Endpoint<(UUID, UUID, UUID)>(.POST, "action-plans", .planID, "actions", .actionID, "updates", .updateID, resource: .actionPlan)
    static let actionPlanActionUpdateEdit = Endpoint<(UUID, UUID, UUID)>(.GET, "action-plans", .planID, "actions", .actionID, "updates", .updateID, "edit", resource: .actionPlan, access: .write)
    static let actionPlanActionUpdateDeletePost = Endpoint<(UUID, UUID, UUID)>(.POST, "action-plans", .planID, "actions", .actionID, "updates", .updateID, "delete", resource: .actionPlan)
    static let actionPlanCommitteeReportsPost = Endpoint<UUID>(.POST, "action-plans", .planID, "committee-reports", resource: .actionPlan)
    static let actionPlanCommitteeReportDeletePost = Endpoint<(UUID, UUID)>(.POST, "action-plans", .planID, "committee-reports", .reportID, "delete", resource: .actionPlan)
    static let actionPlanChanges = Endpoint<UUID>(.GET, "action-plans", .planID, "changes", resource: .actionPlan)
    static let actionPlanExport = Endpoint<UUID>(.GET, "action-plans", .planID, "export", resource: .actionPlan)
    static let actionPlanImportPost = Endpoint<UUID>(.POST, "action-plans", .planID, "import", resource: .actionPlan)
    static let actionPlanItemPost = Endpoint<(UUID, UUID)>(.POST, "action-plans", .planID, "items", .itemID, resource: .actionPlan)
    static let actionPlanItemActionsPost = Endpoint<(UUID, UUID)>(.POST, "action-plans", .planID, "items", .itemID, "actions", resource: .actionPlan)
    static let actionPlanItemActionsNew = Endpoint<(UUID, UUID)>(.GET, "action-plans", .planID, "items", .itemID, "actions", "new", resource: .actionPlan, access: .write)
    static let actionPlanItemEdit = Endpoint<(UUID, UUID)>(.GET, "action-plans", .planID, "items", .itemID, "edit", resource: .actionPlan, access: .write)
    static let actionPlanProgressReport = Endpoint<UUID>(.GET, "action-plans", .planID, "progress-report", resource: .actionPlan)
    static let actionPlanPublic = Endpoint<UUID>(.GET, "action-plans", .planID, "public", resource: .actionPlan)
    static let actionPlanPublicPost = Endpoint<UUID>(.POST, "action-plans", .planID, "public", resource: .actionPlan)

    static let actionPlanRoutes: [RouteDeclaration] = [
        actionPlans.declaration,
        actionPlan.declaration,
        actionPlanAction.declaration,
        actionPlanActionPost.declaration,
        actionPlanActionEdit.declaration,
        actionPlanActionUpdatesPost.declaration,
        actionPlanActionUpdatePost.declaration,
        actionPlanActionUpdateEdit.declaration,
        actionPlanActionUpdateDeletePost.declaration,
        actionPlanCommitteeReportsPost.declaration,
        actionPlanCommitteeReportDeletePost.declaration,
        actionPlanChanges.declaration,
        actionPlanExport.declaration,
        actionPlanImportPost.declaration,
        actionPlanItemPost.declaration,
        actionPlanItemActionsPost.declaration,
        actionPlanItemActionsNew.declaration,
        actionPlanItemEdit.declaration,
        actionPlanProgressReport.declaration,
        actionPlanPublic.declaration,
        actionPlanPublicPost.declaration,
    ]
}
