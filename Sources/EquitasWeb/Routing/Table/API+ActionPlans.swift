import EquitasCore
import Foundation

/// Action plans, their items, actions and progress updates.
extension API {
    static let actionPlans = Endpoint<Void>(.GET, "api", "v1", "action-plans", resource: .actionPlanRegister)
    static let actionPlansPost = Endpoint<Void>(.POST, "api", "v1", "action-plans", resource: .actionPlanRegister)
    static let actionPlan = Endpoint<UUID>(.GET, "api", "v1", "action-plans", .planID, resource: .actionPlan)
    static let actionPlanPut = Endpoint<UUID>(.PUT, "api", "v1", "action-plans", .planID, resource: .actionPlan)
    static let actionPlanDelete = Endpoint<UUID>(.DELETE, "api", "v1", "action-plans", .planID, resource: .actionPlan)
    static let actionPlanAction = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "action-plans", .planID, "actions", .actionID, resource: .actionPlan)
    static let actionPlanActionPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "action-plans", .planID, "actions", .actionID, resource: .actionPlan)
    static let actionPlanActionDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "action-plans", .planID, "actions", .actionID, resource: .actionPlan)
    static let actionPlanActionUpdates = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "action-plans", .planID, "actions", .actionID, "updates", resource: .actionPlan)
    static let actionPlanActionUpdatesPost = Endpoint<(UUID, UUID)>(.POST, "api", "v1", "action-plans", .planID, "actions", .actionID, "updates", resource: .actionPlan)
    static let actionPlanActionUpdate = Endpoint<(UUID, UUID, UUID)>(.GET, "api", "v1", "action-plans", .planID, "actions", .actionID, "updates", .updateID, resource: .actionPlan)
    static let actionPlanActionUpdatePut = Endpoint<(UUID, UUID, UUID)>(.PUT, "api", "v1", "action-plans", .planID, "actions", .actionID, "updates", .updateID, resource: .actionPlan)
    static let actionPlanActionUpdateDelete = Endpoint<(UUID, UUID, UUID)>(.DELETE, "api", "v1", "action-plans", .planID, "actions", .actionID, "updates", .updateID, resource: .actionPlan)
    static let actionPlanCommitteeReports = Endpoint<UUID>(.GET, "api", "v1", "action-plans", .planID, "committee-reports", resource: .actionPlan)
    static let actionPlanCommitteeReportsPost = Endpoint<UUID>(.POST, "api", "v1", "action-plans", .planID, "committee-reports", resource: .actionPlan)
    static let actionPlanCommitteeReport = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "action-plans", .planID, "committee-reports", .reportID, resource: .actionPlan)
    static let actionPlanCommitteeReportDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "action-plans", .planID, "committee-reports", .reportID, resource: .actionPlan)
    static let actionPlanActionUpdatePublicityPut = Endpoint<(UUID, UUID, UUID)>(.PUT, "api", "v1", "action-plans", .planID, "actions", .actionID, "updates", .updateID, "publicity", resource: .actionPlan)
    static let actionPlanChanges = Endpoint<UUID>(.GET, "api", "v1", "action-plans", .planID, "changes", resource: .actionPlan)
    static let actionPlanDue = Endpoint<UUID>(.GET, "api", "v1", "action-plans", .planID, "due", resource: .actionPlan)
    static let actionPlanExport = Endpoint<UUID>(.GET, "api", "v1", "action-plans", .planID, "export", resource: .actionPlan)
    static let actionPlanImportPost = Endpoint<UUID>(.POST, "api", "v1", "action-plans", .planID, "import", resource: .actionPlan)
    static let actionPlanItemsPost = Endpoint<UUID>(.POST, "api", "v1", "action-plans", .planID, "items", resource: .actionPlan)
    static let actionPlanItem = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "action-plans", .planID, "items", .itemID, resource: .actionPlan)
    static let actionPlanItemPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "action-plans", .planID, "items", .itemID, resource: .actionPlan)
    static let actionPlanItemDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "action-plans", .planID, "items", .itemID, resource: .actionPlan)
    static let actionPlanItemActionsPost = Endpoint<(UUID, UUID)>(.POST, "api", "v1", "action-plans", .planID, "items", .itemID, "actions", resource: .actionPlan)
    static let actionPlanItemPublicityPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "action-plans", .planID, "items", .itemID, "publicity", resource: .actionPlan)
    static let actionPlanProgressReport = Endpoint<UUID>(.GET, "api", "v1", "action-plans", .planID, "progress-report", resource: .actionPlan)
    static let actionPlanPublicity = Endpoint<UUID>(.GET, "api", "v1", "action-plans", .planID, "publicity", resource: .actionPlan)
    static let actionPlanSummary = Endpoint<UUID>(.GET, "api", "v1", "action-plans", .planID, "summary", resource: .actionPlan)
    static let actionPlansDue = Endpoint<Void>(.GET, "api", "v1", "action-plans", "due", resource: .actionPlanRegister)
    static let actionPlansImportPost = Endpoint<Void>(.POST, "api", "v1", "action-plans", "import", resource: .actionPlanRegister)

    static let actionPlanRoutes: [RouteDeclaration] = [
        actionPlans.declaration,
        actionPlansPost.declaration,
        actionPlan.declaration,
        actionPlanPut.declaration,
        actionPlanDelete.declaration,
        actionPlanAction.declaration,
        actionPlanActionPut.declaration,
        actionPlanActionDelete.declaration,
        actionPlanActionUpdates.declaration,
        actionPlanActionUpdatesPost.declaration,
        actionPlanActionUpdate.declaration,
        actionPlanActionUpdatePut.declaration,
        actionPlanActionUpdateDelete.declaration,
        actionPlanCommitteeReports.declaration,
        actionPlanCommitteeReportsPost.declaration,
        actionPlanCommitteeReport.declaration,
        actionPlanCommitteeReportDelete.declaration,
        actionPlanActionUpdatePublicityPut.declaration,
        actionPlanChanges.declaration,
        actionPlanDue.declaration,
        actionPlanExport.declaration,
        actionPlanImportPost.declaration,
        actionPlanItemsPost.declaration,
        actionPlanItem.declaration,
        actionPlanItemPut.declaration,
        actionPlanItemDelete.declaration,
        actionPlanItemActionsPost.declaration,
        actionPlanItemPublicityPut.declaration,
        actionPlanProgressReport.declaration,
        actionPlanPublicity.declaration,
        actionPlanSummary.declaration,
        actionPlansDue.declaration,
        actionPlansImportPost.declaration,
    ]
}
