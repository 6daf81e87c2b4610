import Foundation

/// Where a plan stands on a day: its actions by status, how many are overdue, its items
/// by response, and the same counts by module and by lead officer. Statuses are those
/// of `asOf` (rebuilt from the updates), so a summary for an earlier meeting ignores
/// what happened after it. Encoded with `JSONCoding` for the API and the CLI.
public struct PlanSummary: Codable, Equatable, Sendable {
    public var planId: UUID
    public var planTitle: String
    public var asOf: CalendarDate
    public var totalActions: Int
    /// Every status, zeros included, in declaration order.
    public var byStatus: [StatusCount]
    /// Unfinished actions whose due date is before `asOf`. Not a status: an overdue
    /// action is also counted under its status.
    public var overdue: Int
    public var totalItems: Int
    /// Every response in declaration order, then the unanswered; zeros included.
    public var itemsByResponse: [ResponseCount]
    /// Modules in the order they first appear in the plan; "No module" last.
    public var byModule: [ModuleSummary]
    /// Lead officers alphabetically by name; "No lead" last.
    public var byLead: [LeadSummary]

    public func count(_ status: PlanActionStatus) -> Int {
        byStatus.first { $0.status == status }?.count ?? 0
    }

    public static func make(record: ActionPlanRecord, vocabulary: PlanVocabulary, asOf: CalendarDate) -> PlanSummary {
        var whole = StatusTally()
        var moduleOrder: [String] = []
        var modules: [String: StatusTally] = [:]
        var unfiled: StatusTally?
        var leads: [UUID: StatusTally] = [:]
        var unled: StatusTally?

        for item in record.items {
            // A module with items but no actions yet still gets its line, showing zeros.
            switch item.item.value.module {
            case let module? where modules[module] == nil:
                moduleOrder.append(module)
                modules[module] = StatusTally()
            case nil where unfiled == nil:
                unfiled = StatusTally()
            default:
                break
            }
            for action in item.actions {
                whole.add(action, asOf: asOf)
                if let module = item.item.value.module { modules[module]?.add(action, asOf: asOf) } else { unfiled?.add(action, asOf: asOf) }
                if let lead = action.action.value.leadId {
                    leads[lead, default: StatusTally()].add(action, asOf: asOf)
                } else {
                    unled = unled ?? StatusTally()
                    unled?.add(action, asOf: asOf)
                }
            }
        }

        var byModule = moduleOrder.map { module in
            ModuleSummary(module: module, title: vocabulary.moduleTitle(module) ?? module, tally: modules[module] ?? StatusTally())
        }
        if let unfiled { byModule.append(ModuleSummary(module: nil, title: ModuleSummary.noModuleTitle, tally: unfiled)) }

        var byLead = leads
            .map { LeadSummary(leadId: $0.key, name: vocabulary.personName($0.key) ?? LeadSummary.unknownName, tally: $0.value) }
            .sorted(by: alphabetically)
        if let unled { byLead.append(LeadSummary(leadId: nil, name: LeadSummary.noLeadName, tally: unled)) }

        let responses = record.items.map(\.item.value.response)
        let itemsByResponse = (PlanResponse.allCases.map(Optional.some) + [nil]).map { response in
            ResponseCount(response: response, count: responses.filter { $0 == response }.count)
        }

        return PlanSummary(
            planId: record.plan.id, planTitle: record.plan.value.title, asOf: asOf,
            totalActions: whole.total, byStatus: whole.byStatus, overdue: whole.overdue,
            totalItems: record.items.count, itemsByResponse: itemsByResponse,
            byModule: byModule, byLead: byLead)
    }

    /// By name ignoring case and accents ("Émile" among the Es); two people who share a
    /// name stay apart, in id order, so the order never depends on a dictionary's.
    private static func alphabetically(_ a: LeadSummary, _ b: LeadSummary) -> Bool {
        let fold = { (name: String) in name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let (x, y) = (fold(a.name), fold(b.name))
        if x != y { return x < y }
        if a.name != b.name { return a.name < b.name }
        return (a.leadId?.uuidString ?? "") < (b.leadId?.uuidString ?? "")
    }
}
