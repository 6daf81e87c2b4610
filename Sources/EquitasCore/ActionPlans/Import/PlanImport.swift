import Foundation

/// Works out what an imported plan changes in the stored one, without writing
/// anything: items are matched by number, actions by their place within the item.
/// Importing a plan's own export (`PlanContent(record:)`) changes nothing.
public enum PlanImport {
    public static func changes(current: ActionPlanRecord, incoming: PlanContent, importedBy: String, today: CalendarDate) -> PlanChanges {
        var changes = PlanChanges()
        let stored = Dictionary(current.items.map { ($0.item.value.number, $0) }, uniquingKeysWith: { first, _ in first })
        let incomingNumbers = Set(incoming.items.map(\.item.number))

        for item in incoming.items {
            guard let match = stored[item.item.number] else {
                var added = item
                // The sheet cannot say which recommendation a new row answers.
                added.item.recommendationId = nil
                changes.itemsAdded.append(added)
                continue
            }
            compare(match, with: item, into: &changes, importedBy: importedBy, today: today)
        }
        changes.itemsRemoved = current.items
            .filter { !incomingNumbers.contains($0.item.value.number) }
            .map(\.item.id)
        return changes
    }

    static func compare(_ stored: PlanItemRecord, with incoming: PlanContent.Item, into changes: inout PlanChanges, importedBy: String, today: CalendarDate) {
        let old = stored.item.value
        let new = incoming.item
        if new.text != old.text || new.module != old.module || new.response != old.response || new.rationale != old.rationale {
            var changed = new
            changed.recommendationId = old.recommendationId
            changes.itemsChanged.append(Identified(id: stored.item.id, value: changed))
        }
        for (position, action) in incoming.actions.enumerated() {
            guard position < stored.actions.count else {
                changes.actionsAdded.append(PlanChanges.AddedAction(
                    itemId: stored.item.id, position: position, action: action.action, firstUpdate: action.latestUpdate))
                continue
            }
            compare(stored.actions[position], with: action, into: &changes, importedBy: importedBy, today: today)
        }
        changes.actionsRemoved += stored.actions.dropFirst(incoming.actions.count).map(\.action.id)
    }

    private static func compare(_ stored: PlanActionRecord, with incoming: PlanContent.Action, into changes: inout PlanChanges, importedBy: String, today: CalendarDate) {
        let old = stored.action.value
        var new = incoming.action
        // The status moves only through an update, below, so that history says when.
        new.status = old.status
        if new != old {
            changes.actionsChanged.append(Identified(id: stored.action.id, value: new))
        }

        let statusMoved = incoming.action.status != old.status
        let newUpdate = incoming.latestUpdate.flatMap { update in isSame(update, as: stored.latestUpdate) ? nil : update }
        guard statusMoved || newUpdate != nil else { return }
        let status = statusMoved ? incoming.action.status : nil
        let update = newUpdate.map { ProgressUpdate(date: $0.date, author: $0.author, text: $0.text, status: status) }
            ?? ProgressUpdate(
                date: today, author: importedBy,
                text: statusChangeText(incoming.action.status), status: status)
        changes.updatesAdded.append(PlanChanges.AddedUpdate(actionId: stored.action.id, update: update))
    }

    /// The text of the update that records a status changed in the sheet with no new
    /// update written beside it.
    public static func statusChangeText(_ status: PlanActionStatus) -> String {
        "Status changed to \(status.label) by spreadsheet import"
    }

    /// A sheet shows an update's text, date and author only; the same three mean the
    /// same update, already stored.
    static func isSame(_ update: ProgressUpdate, as stored: ProgressUpdate?) -> Bool {
        guard let stored else { return false }
        return update.text == stored.text && update.date == stored.date && update.author == stored.author
    }
}
