import Foundation

/// Importing a sheet exported at an earlier revision of the plan, worked out three ways:
/// the plan as the sheet was exported from it (`base`), the plan now (`current`), and
/// the sheet (`incoming`). Rows still match the export: items by number, actions by
/// their place within the item; the stored records they stand for are then found by id.
///
/// The rule (ADR 0012), field by field: what the sheet left as exported is not a change,
/// so newer work there stands; what the sheet changed where the plan has not is applied;
/// where both changed the same thing differently — or one removed what the other
/// changed — is a conflict, applied the sheet's way only with `force`. Actions and items
/// added to the plan since are kept (the sheet never saw them); a status the sheet left
/// alone is not put back; an update already stored is not recorded again.
public enum PlanMerge {
    public static func merge(
        base: ActionPlanRecord, current: ActionPlanRecord, incoming: PlanContent,
        importedBy: String, today: CalendarDate, force: Bool, vocabulary: PlanVocabulary
    ) -> PlanMergeOutcome {
        var merger = PlanMerger(base: base, current: current, importedBy: importedBy, today: today, force: force, vocabulary: vocabulary)
        merger.merge(incoming)
        return PlanMergeOutcome(
            changes: merger.changes, conflicts: merger.conflicts,
            sinceExport: PlanSinceExport.lines(base: base, current: current, vocabulary: vocabulary))
    }
}

/// The work of `PlanMerge`, gathering changes and conflicts as it goes.
struct PlanMerger {
    let base: ActionPlanRecord
    let importedBy: String
    let today: CalendarDate
    let force: Bool
    let vocabulary: PlanVocabulary
    let currentItems: [UUID: PlanItemRecord]
    let currentNumbers: [Int: PlanItemRecord]
    let currentActions: [UUID: PlanActionRecord]
    let exportedItems: Set<UUID>
    var changes = PlanChanges()
    var conflicts: [PlanConflict] = []

    init(base: ActionPlanRecord, current: ActionPlanRecord, importedBy: String, today: CalendarDate, force: Bool, vocabulary: PlanVocabulary) {
        self.base = base
        self.importedBy = importedBy
        self.today = today
        self.force = force
        self.vocabulary = vocabulary
        currentItems = Dictionary(current.items.map { ($0.item.id, $0) }, uniquingKeysWith: { first, _ in first })
        currentNumbers = Dictionary(current.items.map { ($0.item.value.number, $0) }, uniquingKeysWith: { first, _ in first })
        currentActions = Dictionary(current.actions.map { ($0.action.action.id, $0.action) }, uniquingKeysWith: { first, _ in first })
        exportedItems = Set(base.items.map(\.item.id))
    }

    mutating func merge(_ incoming: PlanContent) {
        let exported = Dictionary(base.items.map { ($0.item.value.number, $0) }, uniquingKeysWith: { first, _ in first })
        for item in incoming.items {
            guard let was = exported[item.item.number] else {
                addItem(item)
                continue
            }
            guard let now = currentItems[was.item.id] else {
                itemRemovedSince(was, sheet: item)
                continue
            }
            mergeItem(was: was, now: now, sheet: item)
            mergeActions(was: was, now: now, sheet: item)
        }
        let numbers = Set(incoming.items.map(\.item.number))
        for was in base.items where !numbers.contains(was.item.value.number) {
            // Gone from both: nothing left to do.
            guard let now = currentItems[was.item.id] else { continue }
            let since = PlanSinceExport.item(was, now, vocabulary: vocabulary)
            if since.isEmpty || conflict("item \(was.item.value.number)", since, ["removes the item with its actions"]) {
                changes.itemsRemoved.append(now.item.id)
            }
        }
    }

    /// Notes a conflict; whether to apply the sheet's side of it (only with `force`).
    mutating func conflict(_ place: String, _ sinceExport: [String], _ sheet: [String]) -> Bool {
        conflicts.append(PlanConflict(place: place, sinceExport: sinceExport, sheet: sheet))
        return force
    }

    /// A number the export did not have. If the plan has gained an item of that number
    /// since, the two are compared as a plain import would compare them.
    mutating func addItem(_ item: PlanContent.Item) {
        let number = item.item.number
        guard let now = currentNumbers[number], !exportedItems.contains(now.item.id) else {
            var added = item
            added.item.recommendationId = nil
            changes.itemsAdded.append(added)
            return
        }
        var plain = PlanChanges()
        PlanImport.compare(now, with: item, into: &plain, importedBy: importedBy, today: today)
        guard !plain.isEmpty else { return }
        let current = ActionPlanRecord(plan: base.plan, items: [now])
        if conflict("item \(number)", ["item \(number) added"], plain.lines(current: current, vocabulary: vocabulary)) {
            changes.append(plain)
        }
    }

    /// An item removed from the plan since the export: a sheet that still shows it as
    /// exported agrees; one that changed it would bring it back.
    mutating func itemRemovedSince(_ was: PlanItemRecord, sheet: PlanContent.Item) {
        guard sheet != Self.asExported(was) else { return }
        let number = was.item.value.number
        guard conflict("item \(number)", ["item \(number) removed"], ["changes the item, and would add it again"]) else { return }
        if currentNumbers[number] == nil {
            var added = sheet
            added.item.recommendationId = nil
            changes.itemsAdded.append(added)
        }
    }

    /// The item's own fields, three ways.
    mutating func mergeItem(was: PlanItemRecord, now: PlanItemRecord, sheet: PlanContent.Item) {
        var merged = now.item.value
        var conflicted = false
        Self.pick(\.text, was.item.value, now.item.value, sheet.item, into: &merged, conflicted: &conflicted, force: force)
        Self.pick(\.module, was.item.value, now.item.value, sheet.item, into: &merged, conflicted: &conflicted, force: force)
        Self.pick(\.response, was.item.value, now.item.value, sheet.item, into: &merged, conflicted: &conflicted, force: force)
        Self.pick(\.rationale, was.item.value, now.item.value, sheet.item, into: &merged, conflicted: &conflicted, force: force)
        if conflicted {
            _ = conflict(
                "item \(was.item.value.number)",
                PlanChanges.differences(was.item.value, now.item.value, vocabulary: vocabulary),
                PlanChanges.differences(was.item.value, sheet.item, vocabulary: vocabulary))
        }
        if merged != now.item.value { changes.itemsChanged.append(Identified(id: now.item.id, value: merged)) }
    }

    /// One field three ways: the sheet's value where it changed it and the plan did not,
    /// or where both did and `force` says the sheet wins.
    static func pick<Record, Value: Equatable>(
        _ field: WritableKeyPath<Record, Value>, _ was: Record, _ now: Record, _ sheet: Record,
        into merged: inout Record, conflicted: inout Bool, force: Bool
    ) {
        let (exported, stored, wanted) = (was[keyPath: field], now[keyPath: field], sheet[keyPath: field])
        guard wanted != exported, wanted != stored else { return }
        if stored != exported {
            conflicted = true
            guard force else { return }
        }
        merged[keyPath: field] = wanted
    }

    /// An item as its rows in the exported sheet read back.
    static func asExported(_ item: PlanItemRecord) -> PlanContent.Item {
        PlanContent(record: ActionPlanRecord(plan: Identified(id: UUID(), value: ActionPlan(organisationId: UUID(), title: "")), items: [item]))
            .asInSheet.items[0]
    }
}

extension PlanChanges {
    /// Another set of changes added to these.
    mutating func append(_ other: PlanChanges) {
        itemsAdded += other.itemsAdded
        itemsChanged += other.itemsChanged
        itemsRemoved += other.itemsRemoved
        actionsAdded += other.actionsAdded
        actionsChanged += other.actionsChanged
        actionsRemoved += other.actionsRemoved
        updatesAdded += other.updatesAdded
    }
}
