import Foundation

extension ActionPlanDocument {
    /// The document for a stored plan: ids become names, history is kept whole.
    public init(record: ActionPlanRecord, organisationName: String, vocabulary: PlanVocabulary) {
        let leadIds = Set(record.actions.compactMap(\.action.action.value.leadId))
        let people = vocabulary.people.filter { leadIds.contains($0.id) }
            .map { PersonEntry(name: $0.value.name, jobTitle: $0.value.jobTitle) }
            .sorted { $0.name < $1.name }
        let items = record.items.map { item in
            ItemEntry(
                number: item.item.value.number, text: item.item.value.text, module: item.item.value.module,
                response: item.item.value.response, rationale: item.item.value.rationale,
                actions: item.actions.map { action in
                    let value = action.action.value
                    return ActionEntry(
                        description: value.description, lead: vocabulary.personName(value.leadId), timescale: value.timescale,
                        monitoredBy: value.monitoredBy, status: value.status, updates: action.updates.map(\.value))
                })
        }
        self.init(title: record.plan.value.title, organisation: organisationName, monitoredBy: record.plan.value.monitoredBy, people: people, items: items)
    }

    /// Checks what the store cannot: numbers unique, every lead named in `people`, and
    /// each action's history ending at its stated status. Paths name the entry.
    public func validated() throws(ValidationFailure) -> ActionPlanDocument {
        var copy = self
        copy.title = try Text.required(title, path: "title", maximum: 300)
        copy.organisation = try Text.required(organisation, path: "organisation", maximum: 200)
        let names = Set(people.map { PlanVocabulary.folded($0.name) })
        var numbers = Set<Int>()
        for (i, item) in items.enumerated() {
            let path = "items[\(i)]"
            guard numbers.insert(item.number).inserted else {
                throw ValidationFailure(path: path + ".number", message: "\(item.number) is used twice")
            }
            do {
                _ = try PlanItem(number: item.number, text: item.text, module: item.module, response: item.response, rationale: item.rationale).validated()
            } catch { throw error.nested(under: path) }
            for (j, action) in item.actions.enumerated() {
                let actionPath = "\(path).actions[\(j)]"
                if let lead = action.lead, !names.contains(PlanVocabulary.folded(lead)) {
                    throw ValidationFailure(path: actionPath + ".lead", message: "\"\(lead)\" is not in people")
                }
                if let last = action.updates.last(where: { $0.status != nil })?.status, last != action.status {
                    throw ValidationFailure(
                        path: actionPath + ".status",
                        message: "is \(action.status.rawValue) but the last update moved it to \(last.rawValue)")
                }
                for (k, update) in action.updates.enumerated() where k > 0 && update.date < action.updates[k - 1].date {
                    throw ValidationFailure(path: "\(actionPath).updates[\(k)].date", message: "updates must be oldest first")
                }
            }
        }
        return copy
    }
}
