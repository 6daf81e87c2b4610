import EquitasCore
import FluentKit
import Foundation

/// A plan is four tables. This reads any number of plans whole with one query per
/// table, whatever the number of plans, items or actions: a due list across every plan
/// must not cost a query per action.
enum PlanRows {
    /// The plans these rows hold, in the same order, each with its items by number, their
    /// actions in order and the actions' updates by date (ties in the order they were added).
    static func records(_ plans: [ActionPlanRow], on db: any Database) async throws -> [ActionPlanRecord] {
        let ids = try plans.map { try $0.requireID() }
        guard !ids.isEmpty else { return [] }
        let items = try await PlanItemRow.query(on: db)
            .filter(PlanItemRow.among("plan_id", ids)).sort("number").sort(.id).all()
        let actions = try await PlanActionRow.query(on: db)
            .filter(PlanActionRow.among("plan_id", ids)).sort("position").sort(.id).all()
        let updates = try await ProgressUpdateRow.query(on: db)
            .filter(ProgressUpdateRow.among("plan_id", ids)).sort("date").sort("sequence").sort(.id).all()

        let updatesByAction = try Dictionary(grouping: updates, by: \.actionId).mapValues { try $0.map { try $0.identified() } }
        let actionsByItem = try Dictionary(grouping: actions, by: \.itemId).mapValues { rows in
            try rows.map { row in
                PlanActionRecord(action: try row.identified(), updates: updatesByAction[try row.requireID()] ?? [])
            }
        }
        let itemsByPlan = try Dictionary(grouping: items, by: \.planId).mapValues { rows in
            try rows.map { row in PlanItemRecord(item: try row.identified(), actions: actionsByItem[try row.requireID()] ?? []) }
        }
        return try plans.map { row in
            ActionPlanRecord(plan: try row.identified(), items: itemsByPlan[try row.requireID()] ?? [])
        }
    }

    static func record(_ id: UUID, on db: any Database) async throws -> ActionPlanRecord {
        try await records([ActionPlanRow.require(id, on: db)], on: db)[0]
    }

    /// The item, if it is one of this plan's; an item of another plan is not found.
    static func item(_ id: UUID, in planId: UUID, on db: any Database) async throws -> PlanItemRow {
        let row = try await PlanItemRow.query(on: db).filter(.id, .equal, id).filter("plan_id", .equal, planId).first()
        guard let row else { throw NotFound(entity: PlanItemRow.noun, id: id) }
        return row
    }

    /// The action, if it is one of this plan's.
    static func action(_ id: UUID, in planId: UUID, on db: any Database) async throws -> PlanActionRow {
        let row = try await PlanActionRow.query(on: db).filter(.id, .equal, id).filter("plan_id", .equal, planId).first()
        guard let row else { throw NotFound(entity: PlanActionRow.noun, id: id) }
        return row
    }

    /// The item's actions in their order.
    static func actions(of itemId: UUID, on db: any Database) async throws -> [PlanActionRow] {
        try await PlanActionRow.query(on: db).filter("item_id", .equal, itemId).sort("position").sort(.id).all()
    }

    /// One past the highest sequence number among the action's updates.
    static func nextSequence(of actionId: UUID, on db: any Database) async throws -> Int {
        let last = try await ProgressUpdateRow.query(on: db).filter("action_id", .equal, actionId)
            .aggregate(.maximum, "sequence", as: Int?.self).get()
        return (last ?? -1) + 1
    }
}
