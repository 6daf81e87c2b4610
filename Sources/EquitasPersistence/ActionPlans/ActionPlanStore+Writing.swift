import EquitasCore
import FluentKit
import Foundation

/// The writes the public calls share, on values already checked. Each runs inside the
/// caller's transaction.
extension ActionPlanStore {
    /// Puts the action at `position` among the item's actions (nil or past the end: last),
    /// closing any gaps deletions left so that positions stay 0, 1, 2….
    @discardableResult
    func insertAction(_ action: PlanAction, id: UUID, planId: UUID, itemId: UUID, position: Int?) async throws -> PlanActionRow {
        var siblings = try await PlanRows.actions(of: itemId, on: db)
        let place = min(max(position ?? siblings.count, 0), siblings.count)
        let row = PlanActionRow(id: id, planId: planId, itemId: itemId, position: place, action: action)
        siblings.insert(row, at: place)
        for (index, sibling) in siblings.enumerated() where sibling !== row && sibling.position != index {
            sibling.position = index
            try await sibling.update(on: db)
        }
        try await row.create(on: db)
        return row
    }

    /// Adds a progress update to the action, moving its status. A status equal to the
    /// current one moves nothing and is not recorded as a move; the status moved from is
    /// recorded whatever the caller sent.
    func recordUpdate(
        _ update: ProgressUpdate, id: UUID, on action: PlanActionRow, authorAccount: UUID? = nil
    ) async throws -> Identified<ProgressUpdate> {
        var valid = try update.validated()
        let current: PlanActionStatus = try action.read(action.status, column: "status")
        if valid.status == current { valid.status = nil }
        valid.previousStatus = valid.status == nil ? nil : current
        if let status = valid.status {
            action.status = status.rawValue
            try await action.update(on: db)
        }
        try await insertUpdate(valid, id: id, on: action, authorAccount: authorAccount)
        return Identified(id: id, value: valid)
    }

    /// Stores the update as it is, after the action's others, with the account that
    /// wrote it (which alone may correct it) when there is one.
    func insertUpdate(_ update: ProgressUpdate, id: UUID, on action: PlanActionRow, authorAccount: UUID? = nil) async throws {
        let actionId = try action.requireID()
        let sequence = try await PlanRows.nextSequence(of: actionId, on: db)
        let row = ProgressUpdateRow(id: id, planId: action.planId, actionId: actionId, sequence: sequence, update: update)
        row.authorAccountId = authorAccount
        try await row.create(on: db)
    }

    /// A new item with its actions, as a sheet or an import gives them. Each action keeps
    /// the status it comes with, and its latest update is stored as it is, as the first
    /// of its history: it says how the action came to stand where it does, not a move
    /// made now. Failures name the action (`actions[2].lead_id`).
    func insertContent(_ content: PlanContent.Item, in plan: Identified<ActionPlan>) async throws {
        let itemId = UUID()
        let item = try await checkedItem(content.item, id: itemId, in: plan)
        try await PlanItemRow(id: itemId, planId: plan.id, item: item).create(on: db)
        for (index, entry) in content.actions.enumerated() {
            try await nested("actions[\(index)]") {
                try await insertNewAction(entry.action, firstUpdate: entry.latestUpdate, planId: plan.id, itemId: itemId, position: index)
            }
        }
    }

    /// A new action and, if given, the first update of its history, stored as given.
    func insertNewAction(_ action: PlanAction, firstUpdate: ProgressUpdate?, planId: UUID, itemId: UUID, position: Int?) async throws {
        let valid = try await checkedAction(action)
        let update = try await nested("latest_update") { try firstUpdate?.validated() }
        let row = try await insertAction(valid, id: UUID(), planId: planId, itemId: itemId, position: position)
        if let update {
            try await insertUpdate(update, id: UUID(), on: row)
        }
    }
}
