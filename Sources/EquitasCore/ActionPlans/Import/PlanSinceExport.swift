import Foundation

/// What changed in a plan between the revision a sheet was exported at (`was`) and now,
/// as lines a person reads: items by number, actions numbered as the sheet numbers
/// them (item.row), an action added since by its place now. Records are matched by id,
/// so a removed action does not shift the ones after it.
enum PlanSinceExport {
    static func lines(base: ActionPlanRecord, current: ActionPlanRecord, vocabulary: PlanVocabulary) -> [String] {
        let now = Dictionary(current.items.map { ($0.item.id, $0) }, uniquingKeysWith: { first, _ in first })
        let exported = Set(base.items.map(\.item.id))
        var lines: [String] = []
        for was in base.items {
            guard let item = now[was.item.id] else {
                lines.append("item \(was.item.value.number) removed")
                continue
            }
            lines += self.item(was, item, vocabulary: vocabulary)
        }
        for item in current.items where !exported.contains(item.item.id) {
            lines.append("item \(item.item.value.number) added")
        }
        return lines
    }

    /// An item's own changes and its actions', each line naming its place.
    static func item(_ was: PlanItemRecord, _ now: PlanItemRecord, vocabulary: PlanVocabulary) -> [String] {
        let number = was.item.value.number
        var lines = PlanChanges.differences(was.item.value, now.item.value, vocabulary: vocabulary).map { "item \(number): \($0)" }
        let exported = Set(was.actions.map(\.action.id))
        for (index, action) in was.actions.enumerated() {
            let place = "action \(number).\(index + 1)"
            guard let still = now.actions.first(where: { $0.action.id == action.action.id }) else {
                lines.append("\(place) removed")
                continue
            }
            lines += self.action(action, still, vocabulary: vocabulary).map { "\(place): \($0)" }
        }
        for (index, action) in now.actions.enumerated() where !exported.contains(action.action.id) {
            lines.append("action \(now.item.value.number).\(index + 1) added")
        }
        return lines
    }

    /// An action's changes: its words and lead, its status, and the updates written since.
    static func action(_ was: PlanActionRecord, _ now: PlanActionRecord, vocabulary: PlanVocabulary) -> [String] {
        var lines = PlanChanges.differences(was.action.value, now.action.value, vocabulary: vocabulary)
        let status = (was.action.value.status, now.action.value.status)
        if status.0 != status.1 { lines.append("status \(status.0.label) → \(status.1.label)") }
        for update in updatesSince(was, now) {
            lines.append("progress update dated \(update.value.date.longForm) by \(update.value.author)")
        }
        return lines
    }

    /// The updates after the latest one the export held. (An exported record keeps only
    /// its latest update; the others are older, not new.)
    static func updatesSince(_ was: PlanActionRecord, _ now: PlanActionRecord) -> ArraySlice<Identified<ProgressUpdate>> {
        guard let latest = was.updates.last else { return now.updates[...] }
        guard let index = now.updates.firstIndex(where: { $0.id == latest.id }) else {
            let known = Set(was.updates.map(\.id))
            return ArraySlice(now.updates.filter { !known.contains($0.id) && $0.value.date >= latest.value.date })
        }
        return now.updates[(index + 1)...]
    }
}
