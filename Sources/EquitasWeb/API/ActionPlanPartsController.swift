import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// A plan's items, actions and progress updates, under `/action-plans/{planID}`.
/// Actions are addressed by their own id; each must belong to the plan in the path.
struct ActionPlanPartsController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.actionPlanItemsPost, use: addItem)
        try routes.on(API.actionPlanItem, use: showItem)
        try routes.on(API.actionPlanItemPut, use: updateItem)
        try routes.on(API.actionPlanItemDelete, use: deleteItem)
        try routes.on(API.actionPlanItemActionsPost, use: addAction)
        try routes.on(API.actionPlanAction, use: showAction)
        try routes.on(API.actionPlanActionPut, use: updateAction)
        try routes.on(API.actionPlanActionDelete, use: deleteAction)
        try routes.on(API.actionPlanActionUpdates, use: listUpdates)
        try routes.on(API.actionPlanActionUpdatesPost, use: addUpdate)
        try routes.on(API.actionPlanActionUpdate, use: showUpdate)
        try routes.on(API.actionPlanActionUpdatePut, use: correctUpdate)
        try routes.on(API.actionPlanActionUpdateDelete, use: removeUpdate)
        try routes.on(API.actionPlanCommitteeReports, use: committeeReports)
        try routes.on(API.actionPlanCommitteeReportsPost, use: recordCommitteeReport)
        try routes.on(API.actionPlanCommitteeReportDelete) { req in
            try await req.actionPlans.removeCommitteeReport(try req.planID, try req.id("reportID", entity: "committee report"))
            return Response(status: .noContent)
        }
        try routes.on(API.actionPlanCommitteeReport) { req in
            try JSONResponse.make(try await req.actionPlans.committeeReport(try req.planID, try req.id("reportID", entity: "committee report")))
        }
    }

    /// An item with its actions and their updates.
    func showItem(req: Request) async throws -> Response {
        let itemId = try req.id("itemID", entity: "plan item")
        let record = try await req.actionPlans.record(try req.planID)
        guard let item = record.items.first(where: { $0.item.id == itemId }) else { throw NotFound(entity: "plan item", id: itemId) }
        return try JSONResponse.make(item)
    }

    /// An action with its updates.
    func showAction(req: Request) async throws -> Response {
        try JSONResponse.make(try await action(req))
    }

    /// An action's updates, oldest first.
    func listUpdates(req: Request) async throws -> Response {
        try JSONResponse.make(try await action(req).updates)
    }

    func showUpdate(req: Request) async throws -> Response {
        let updateId = try req.id("updateID", entity: "progress update")
        guard let update = try await action(req).updates.first(where: { $0.id == updateId }) else {
            throw NotFound(entity: "progress update", id: updateId)
        }
        return try JSONResponse.make(update)
    }

    /// The action in the path, which must belong to the plan in the path.
    private func action(_ req: Request) async throws -> PlanActionRecord {
        let actionId = try req.id("actionID", entity: "action")
        let record = try await req.actionPlans.record(try req.planID)
        guard let action = record.actions.first(where: { $0.action.action.id == actionId })?.action else {
            throw NotFound(entity: "action", id: actionId)
        }
        return action
    }

    func addItem(req: Request) async throws -> Response {
        let planId = try req.planID
        let item = try await req.actionPlans.addItem(planId, try req.decodeJSON(PlanItem.self))
        return try JSONResponse.created(item, under: "/api/v1/action-plans/\(planId)/items")
    }

    func updateItem(req: Request) async throws -> Response {
        let item = try await req.actionPlans.updateItem(try req.planID, try req.id("itemID", entity: "plan item"), try req.decodeJSON(PlanItem.self))
        return try JSONResponse.make(item)
    }

    func deleteItem(req: Request) async throws -> Response {
        try await req.actionPlans.deleteItem(try req.planID, try req.id("itemID", entity: "plan item"))
        return Response(status: .noContent)
    }

    func addAction(req: Request) async throws -> Response {
        let planId = try req.planID
        let action = try await req.actionPlans.addAction(planId, try req.id("itemID", entity: "plan item"), try req.decodeJSON(PlanAction.self))
        return try JSONResponse.created(action, under: "/api/v1/action-plans/\(planId)/actions")
    }

    func updateAction(req: Request) async throws -> Response {
        let action = try await req.actionPlans.updateAction(
            try req.planID, try req.id("actionID", entity: "action"), try req.decodeJSON(PlanAction.self), who: req.importedBy,
            on: req.today, authorAccount: req.actor.accountId)
        return try JSONResponse.make(action)
    }

    func deleteAction(req: Request) async throws -> Response {
        try await req.actionPlans.deleteAction(try req.planID, try req.id("actionID", entity: "action"))
        return Response(status: .noContent)
    }

    /// A dated note of progress; with `status` it also moves the action's status.
    func addUpdate(req: Request) async throws -> Response {
        let planId = try req.planID
        let actionId = try req.id("actionID", entity: "action")
        let update = try await req.actionPlans.addUpdate(
            planId, actionId, try req.decodeJSON(ProgressUpdate.self), today: req.today, authorAccount: req.actor.accountId)
        return try JSONResponse.created(update, under: "/api/v1/action-plans/\(planId)/actions/\(actionId)/updates")
    }

    /// What a correction may change: the date and the words (ADR 0015).
    struct Correction: Codable {
        var date: CalendarDate
        var text: String
    }

    /// The author's correction, until the next committee report.
    func correctUpdate(req: Request) async throws -> Response {
        let correction = try req.decodeJSON(Correction.self)
        let update = try await req.actionPlans.correctUpdate(
            try req.planID, try req.id("actionID", entity: "action"), try req.id("updateID", entity: "progress update"),
            date: correction.date, text: correction.text, by: req.actor.accountId, today: req.today)
        return try JSONResponse.make(update)
    }

    func removeUpdate(req: Request) async throws -> Response {
        try await req.actionPlans.removeUpdate(
            try req.planID, try req.id("actionID", entity: "action"), try req.id("updateID", entity: "progress update"), by: req.actor.accountId)
        return Response(status: .noContent)
    }

    func committeeReports(req: Request) async throws -> Response {
        try JSONResponse.make(try await req.actionPlans.committeeReports(try req.planID))
    }

    /// "The progress report was presented to … on …": freezes every update dated on or
    /// before that day. `recorded_by` is the person signed in when not given.
    func recordCommitteeReport(req: Request) async throws -> Response {
        let planId = try req.planID
        let input = try req.decodeJSON(CommitteeReportInput.self)
        let report = CommitteeReport(date: input.date ?? req.today, committee: input.committee, recordedBy: input.recordedBy ?? req.importedBy)
        let recorded = try await req.actionPlans.recordCommitteeReport(planId, report, today: req.today)
        return try JSONResponse.created(recorded, under: "/api/v1/action-plans/\(planId)/committee-reports")
    }

    struct CommitteeReportInput: Codable {
        var date: CalendarDate?
        var committee: String
        var recordedBy: String?
    }
}
