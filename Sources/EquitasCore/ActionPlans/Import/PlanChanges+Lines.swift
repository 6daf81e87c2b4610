import Foundation

extension PlanChanges {
    /// Every change as a line a person can check before the import is applied:
    /// "item 7: response changed from Agreed to Not agreed", "action 3.2 added",
    /// "action 5.1: status On track → Complete". Actions are numbered item.place, as
    /// the stored plan numbers them; `current` is the plan the changes were worked
    /// out against, and `vocabulary` names its leads and modules.
    public func lines(current: ActionPlanRecord, vocabulary: PlanVocabulary) -> [String] {
        let items = Dictionary(current.items.map { ($0.item.id, $0) }, uniquingKeysWith: { first, _ in first })
        var actions: [UUID: (number: String, record: PlanActionRecord)] = [:]
        for item in current.items {
            for (index, action) in item.actions.enumerated() {
                actions[action.action.id] = ("\(item.item.value.number).\(index + 1)", action)
            }
        }
        var lines: [String] = []
        for added in itemsAdded {
            let count = added.actions.isEmpty ? "" : " with \(Self.plural(added.actions.count, "action"))"
            lines.append("item \(added.item.number) added\(count)")
        }
        for changed in itemsChanged {
            let number = changed.value.number
            guard let old = items[changed.id]?.item.value else {
                lines.append("item \(number) changed")
                continue
            }
            lines += Self.differences(old, changed.value, vocabulary: vocabulary).map { "item \(number): \($0)" }
        }
        for id in itemsRemoved {
            guard let item = items[id] else { continue }
            let count = item.actions.isEmpty ? "" : " with its \(Self.plural(item.actions.count, "action"))"
            lines.append("item \(item.item.value.number) removed\(count)")
        }
        for added in actionsAdded {
            let number = items[added.itemId].map { "\($0.item.value.number).\(added.position + 1)" } ?? "\(added.position + 1)"
            lines.append("action \(number) added")
        }
        for changed in actionsChanged {
            guard let (number, record) = actions[changed.id] else { continue }
            lines += Self.differences(record.action.value, changed.value, vocabulary: vocabulary).map { "action \(number): \($0)" }
        }
        for id in actionsRemoved {
            guard let (number, _) = actions[id] else { continue }
            lines.append("action \(number) removed")
        }
        for added in updatesAdded {
            guard let (number, record) = actions[added.actionId] else { continue }
            let update = added.update
            let dated = "dated \(update.date.longForm) by \(update.author)"
            guard let status = update.status else {
                lines.append("action \(number): progress update \(dated)")
                continue
            }
            let move = "action \(number): status \(record.action.value.status.label) → \(status.label)"
            lines.append(update.text == PlanImport.statusChangeText(status) ? move : "\(move), with an update \(dated)")
        }
        return lines
    }

    static func differences(_ old: PlanItem, _ new: PlanItem, vocabulary: PlanVocabulary) -> [String] {
        var lines: [String] = []
        if old.text != new.text { lines.append("recommendation text changed") }
        if old.module != new.module {
            lines.append("module changed from \(vocabulary.moduleTitle(old.module) ?? "none") to \(vocabulary.moduleTitle(new.module) ?? "none")")
        }
        if old.response != new.response {
            lines.append("response changed from \(old.response?.label ?? "not yet answered") to \(new.response?.label ?? "not yet answered")")
        }
        switch (old.rationale, new.rationale) {
        case (nil, .some): lines.append("rationale added")
        case (.some, nil): lines.append("rationale removed")
        case let (was?, now?) where was != now: lines.append("rationale changed")
        default: break
        }
        return lines
    }

    static func differences(_ old: PlanAction, _ new: PlanAction, vocabulary: PlanVocabulary) -> [String] {
        var lines: [String] = []
        if old.description != new.description { lines.append("description changed") }
        if old.leadId != new.leadId {
            lines.append("lead changed from \(vocabulary.personName(old.leadId) ?? "nobody") to \(vocabulary.personName(new.leadId) ?? "nobody")")
        }
        if old.timescale != new.timescale {
            lines.append("timescale changed from \(old.timescale?.label ?? "none") to \(new.timescale?.label ?? "none")")
        }
        if old.monitoredBy != new.monitoredBy {
            lines.append("monitored by changed from \(old.monitoredBy ?? "nobody") to \(new.monitoredBy ?? "nobody")")
        }
        return lines
    }
}
