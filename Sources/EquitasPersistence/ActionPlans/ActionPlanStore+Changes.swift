import EquitasCore
import FluentKit
import Foundation

/// Whole sets of changes, as an import makes them: all written or none.
extension ActionPlanStore {
    /// Applies an import's changes in one transaction. Removals go first (actions, then
    /// items, whose removal takes their actions too), so an added item may reuse a number
    /// a removed one had; then changes, additions and updates. Any id that is not the
    /// plan's is not found, any bad value names its place (`items_added[2].actions[0].lead_id`),
    /// and either way nothing is written.
    public func apply(_ changes: PlanChanges, to planId: UUID) async throws {
        try await transaction { store in
            let plan = try await store.plan(planId)
            let db = store.db
            for id in changes.actionsRemoved {
                try await PlanRows.action(id, in: planId, on: db).delete(on: db)
            }
            for id in changes.itemsRemoved {
                try await PlanRows.item(id, in: planId, on: db).delete(on: db)
            }
            for (index, change) in changes.itemsChanged.enumerated() {
                try await nested("items_changed[\(index)]") {
                    let row = try await PlanRows.item(change.id, in: planId, on: db)
                    row.apply(try await store.checkedItem(change.value, id: change.id, in: plan))
                    try await row.update(on: db)
                }
            }
            for (index, added) in changes.itemsAdded.enumerated() {
                try await nested("items_added[\(index)]") { try await store.insertContent(added, in: plan) }
            }
            for (index, change) in changes.actionsChanged.enumerated() {
                try await nested("actions_changed[\(index)]") {
                    let row = try await PlanRows.action(change.id, in: planId, on: db)
                    var valid = try await store.checkedAction(change.value)
                    // Status moves only by an update, which keeps the history.
                    valid.status = try row.read(row.status, column: "status")
                    row.apply(valid)
                    try await row.update(on: db)
                }
            }
            for (index, added) in changes.actionsAdded.enumerated() {
                try await nested("actions_added[\(index)]") {
                    _ = try await PlanRows.item(added.itemId, in: planId, on: db)
                    try await store.insertNewAction(
                        added.action, firstUpdate: added.firstUpdate, planId: planId, itemId: added.itemId, position: added.position)
                }
            }
            for (index, added) in changes.updatesAdded.enumerated() {
                try await nested("updates_added[\(index)]") {
                    let row = try await PlanRows.action(added.actionId, in: planId, on: db)
                    _ = try await store.recordUpdate(added.update, id: UUID(), on: row)
                }
            }
        }
    }

    /// A new plan holding what an imported sheet says, in one transaction: items as
    /// given, each action with the status it comes with and its latest update as the
    /// first of its history. Failures name the item (`items[4].actions[1].description`).
    public func createFromContent(_ plan: ActionPlan, content: PlanContent, id: UUID = UUID()) async throws -> ActionPlanRecord {
        try await transaction { store in
            let valid = try await store.checkedNew(plan, id: id)
            try await ActionPlanRow(id: id, value: valid).create(on: store.db)
            let stored = Identified(id: id, value: valid)
            for (index, item) in content.items.enumerated() {
                try await nested("items[\(index)]") { try await store.insertContent(item, in: stored) }
            }
            return try await store.record(id)
        }
    }
}
