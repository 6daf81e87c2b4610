import Foundation

/// The actions to chase: across one plan or many, every unfinished action due on or
/// before `asOf + withinDays`, overdue ones included, soonest first.
public enum PlanDueList {
    /// Ties on the due date go by plan title, then item number, then the action's place
    /// in its item, so "7.2" comes before "7.10". Actions with no due date (a longer-term
    /// action without an indicative date) are never due and never listed.
    public static func make(records: [ActionPlanRecord], vocabulary: PlanVocabulary, asOf: CalendarDate, withinDays: Int) -> [DueAction] {
        var found: [(line: DueAction, position: Int)] = []
        for record in records {
            for entry in record.referencedActions {
                let standing = entry.action.action(asOf: asOf)
                guard standing.isDue(on: asOf, within: withinDays), let timescale = standing.timescale, let due = timescale.dueDate else { continue }
                let line = DueAction(
                    planId: record.plan.id, planTitle: record.plan.value.title,
                    itemNumber: entry.item.item.value.number, actionId: entry.action.action.id,
                    reference: entry.reference, description: standing.description,
                    leadId: standing.leadId, leadName: vocabulary.personName(standing.leadId),
                    timescale: timescale.label, dueDate: due, status: standing.status, asOf: asOf)
                found.append((line, entry.position))
            }
        }
        return found.sorted { a, b in
            let (x, y) = (a.line, b.line)
            if x.dueDate != y.dueDate { return x.dueDate < y.dueDate }
            if x.planTitle != y.planTitle { return x.planTitle < y.planTitle }
            if x.planId != y.planId { return x.planId.uuidString < y.planId.uuidString }
            if x.itemNumber != y.itemNumber { return x.itemNumber < y.itemNumber }
            return a.position < b.position
        }.map(\.line)
    }
}
