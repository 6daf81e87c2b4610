import Foundation

extension PlanMerger {
    /// The item's rows against its actions as exported (by place) and as stored now (by id).
    mutating func mergeActions(was: PlanItemRecord, now: PlanItemRecord, sheet: PlanContent.Item) {
        let number = was.item.value.number
        let exported = Set(was.actions.map(\.action.id))
        let addedSince = now.actions.filter { !exported.contains($0.action.id) }
        var appended = 0
        for (index, row) in sheet.actions.enumerated() {
            let place = "action \(number).\(index + 1)"
            guard index < was.actions.count else {
                // A row the export did not have. The same action added in the plan
                // since (by its words) is already there.
                if addedSince.contains(where: { $0.action.value.description == row.action.description }) { continue }
                addAction(row, to: now, at: now.actions.count + appended)
                appended += 1
                continue
            }
            let action = was.actions[index]
            guard let stored = currentActions[action.action.id] else {
                guard row != Self.asExported(action),
                    conflict(place, ["removed"], ["changes the action, and would add it again"])
                else { continue }
                addAction(row, to: now, at: now.actions.count + appended)
                appended += 1
                continue
            }
            mergeAction(place, was: action, now: stored, sheet: row)
        }
        for (index, action) in was.actions.enumerated().dropFirst(sheet.actions.count) {
            guard let stored = currentActions[action.action.id] else { continue }
            let since = PlanSinceExport.action(action, stored, vocabulary: vocabulary)
            if since.isEmpty || conflict("action \(number).\(index + 1)", since, ["removes the action"]) {
                changes.actionsRemoved.append(stored.action.id)
            }
        }
    }

    mutating func addAction(_ row: PlanContent.Action, to item: PlanItemRecord, at position: Int) {
        changes.actionsAdded.append(PlanChanges.AddedAction(itemId: item.item.id, position: position, action: row.action, firstUpdate: row.latestUpdate))
    }

    /// One action three ways: its fields, its status (which moves only through an
    /// update), and its latest update (recorded unless the export or the plan has it).
    mutating func mergeAction(_ place: String, was: PlanActionRecord, now: PlanActionRecord, sheet: PlanContent.Action) {
        let exported = was.action.value
        let stored = now.action.value
        var merged = stored
        var conflicted = false
        Self.pick(\.description, exported, stored, sheet.action, into: &merged, conflicted: &conflicted, force: force)
        Self.pick(\.leadId, exported, stored, sheet.action, into: &merged, conflicted: &conflicted, force: force)
        Self.pick(\.timescale, exported, stored, sheet.action, into: &merged, conflicted: &conflicted, force: force)
        Self.pick(\.monitoredBy, exported, stored, sheet.action, into: &merged, conflicted: &conflicted, force: force)
        var status = stored
        Self.pick(\.status, exported, stored, sheet.action, into: &status, conflicted: &conflicted, force: force)
        merged.status = stored.status
        if merged != stored { changes.actionsChanged.append(Identified(id: now.action.id, value: merged)) }

        let update = sheet.latestUpdate.flatMap { update -> ProgressUpdate? in
            let known = PlanImport.isSame(update, as: was.latestUpdate) || now.updates.contains { PlanImport.isSame(update, as: $0.value) }
            return known ? nil : update
        }
        if conflicted {
            _ = conflict(place, PlanSinceExport.action(was, now, vocabulary: vocabulary), sheetLines(exported, sheet, update: update))
        }
        let moved = status.status != stored.status ? status.status : nil
        guard moved != nil || update != nil else { return }
        let recorded = update.map { ProgressUpdate(date: $0.date, author: $0.author, text: $0.text, status: moved) }
            ?? ProgressUpdate(date: today, author: importedBy, text: PlanImport.statusChangeText(status.status), status: moved)
        changes.updatesAdded.append(PlanChanges.AddedUpdate(actionId: now.action.id, update: recorded))
    }

    /// What the sheet does to an action, against the export.
    func sheetLines(_ exported: PlanAction, _ sheet: PlanContent.Action, update: ProgressUpdate?) -> [String] {
        var lines = PlanChanges.differences(exported, sheet.action, vocabulary: vocabulary)
        if sheet.action.status != exported.status { lines.append("status \(exported.status.label) → \(sheet.action.status.label)") }
        if let update { lines.append("progress update dated \(update.date.longForm) by \(update.author)") }
        return lines
    }

    /// An action as its row in the exported sheet reads back.
    static func asExported(_ action: PlanActionRecord) -> PlanContent.Action {
        PlanContent.Action(
            action: action.action.value,
            latestUpdate: action.latestUpdate.map { ProgressUpdate(date: $0.date, author: $0.author, text: $0.text) })
    }
}
