import EquitasCore
import FluentKit
import Foundation

/// A plan's items: one per recommendation answered, or per objective of the council's own.
extension ActionPlanStore {
    /// A new item with no actions yet. Its number must be free in the plan.
    public func addItem(_ planId: UUID, _ item: PlanItem, id: UUID = UUID()) async throws -> Identified<PlanItem> {
        try await transaction { store in
            let plan = try await store.plan(planId)
            try await store.checkUnused(id, PlanItemRow.self)
            let valid = try await store.checkedItem(item, id: id, in: plan)
            try await PlanItemRow(id: id, planId: planId, item: valid).create(on: store.db)
            return Identified(id: id, value: valid)
        }
    }

    /// Replaces the item's own fields; its actions stay as they are.
    public func updateItem(_ planId: UUID, _ itemId: UUID, _ item: PlanItem) async throws -> Identified<PlanItem> {
        try await transaction { store in
            let plan = try await store.plan(planId)
            let row = try await PlanRows.item(itemId, in: planId, on: store.db)
            let valid = try await store.checkedItem(item, id: itemId, in: plan)
            row.apply(valid)
            try await row.update(on: store.db)
            return Identified(id: itemId, value: valid)
        }
    }

    /// Removes the item with its actions and their updates.
    public func deleteItem(_ planId: UUID, _ itemId: UUID) async throws {
        try await transaction { store in
            _ = try await store.plan(planId)
            try await PlanRows.item(itemId, in: planId, on: store.db).delete(on: store.db)
        }
    }
}
