import EquitasCore
import FluentKit
import Foundation

/// The actions under a plan's items.
extension ActionPlanStore {
    /// A new action, after the item's others, with the status it is given.
    public func addAction(_ planId: UUID, _ itemId: UUID, _ action: PlanAction, id: UUID = UUID()) async throws -> Identified<PlanAction> {
        try await transaction { store in
            _ = try await store.plan(planId)
            _ = try await PlanRows.item(itemId, in: planId, on: store.db)
            try await store.checkUnused(id, PlanActionRow.self)
            let valid = try await store.checkedAction(action)
            try await store.insertAction(valid, id: id, planId: planId, itemId: itemId, position: nil)
            return Identified(id: id, value: valid)
        }
    }

    /// Replaces the description, lead, timescale and monitoring body. A different status
    /// is not simply overwritten: the move is recorded as a progress update ("Status set
    /// to At risk") by `who` on `day` (today, UK time, unless given), so the history says
    /// when and by whom it moved. `authorAccount`, the account making the edit, may then
    /// correct or remove that update like any it wrote, until a committee has seen it.
    public func updateAction(
        _ planId: UUID, _ actionId: UUID, _ action: PlanAction, who: String, on day: CalendarDate = CalendarDate(Date()),
        authorAccount: UUID? = nil
    ) async throws -> Identified<PlanAction> {
        try await transaction { store in
            _ = try await store.plan(planId)
            let row = try await PlanRows.action(actionId, in: planId, on: store.db)
            let stored = try row.action()
            var valid = try await store.checkedAction(action)
            let wanted = valid.status
            var move: ProgressUpdate?
            if wanted != stored.status {
                // Checked before anything is written, so a blank `who` refuses the whole edit.
                move = try ProgressUpdate(date: day, author: who, text: "Status set to \(wanted.label)", status: wanted).validated()
            }
            valid.status = stored.status
            row.apply(valid)
            try await row.update(on: store.db)
            if let move {
                _ = try await store.recordUpdate(move, id: UUID(), on: row, authorAccount: authorAccount)
            }
            return try row.identified()
        }
    }

    /// Removes the action with its updates.
    public func deleteAction(_ planId: UUID, _ actionId: UUID) async throws {
        try await transaction { store in
            _ = try await store.plan(planId)
            try await PlanRows.action(actionId, in: planId, on: store.db).delete(on: store.db)
        }
    }

    /// Records progress on an action; an update with a status moves the action to it,
    /// noting the status it moved from. A status the action already has is dropped. An
    /// update dated after `today` (UK time unless given) is refused. `authorAccount`, the
    /// signed-in account writing it, may later correct or remove it.
    public func addUpdate(
        _ planId: UUID, _ actionId: UUID, _ update: ProgressUpdate, id: UUID = UUID(), today: CalendarDate = CalendarDate(Date()),
        authorAccount: UUID? = nil
    ) async throws -> Identified<ProgressUpdate> {
        try await transaction { store in
            _ = try await store.plan(planId)
            let row = try await PlanRows.action(actionId, in: planId, on: store.db)
            try await store.checkUnused(id, ProgressUpdateRow.self)
            return try await store.recordUpdate(try update.validated(today: today), id: id, on: row, authorAccount: authorAccount)
        }
    }
}
