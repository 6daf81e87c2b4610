import EquitasCore
import FluentKit
import Foundation

/// Whole action plans, history and all, in and out as `equitas.action-plan/1`.
/// Import replays the document through the store's own operations (items, actions,
/// then each update in order) inside one transaction, so every rule the API enforces
/// holds for an imported plan too, and a bad entry leaves no trace.
public struct ActionPlanInterchange: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    public func export(_ planId: UUID) async throws -> ActionPlanDocument {
        let record = try await ActionPlanStore(db: db, catalog: catalog).record(planId)
        let organisation = try await OrganisationStore(db: db).get(record.plan.value.organisationId)
        return ActionPlanDocument(record: record, organisationName: organisation.value.name, vocabulary: try await vocabulary(for: record))
    }

    /// The names behind a plan's ids: the council's people and any lead from elsewhere,
    /// and the modules of its challenge's framework.
    public func vocabulary(for record: ActionPlanRecord) async throws -> PlanVocabulary {
        let personStore = PersonStore(db: db)
        var people: [Identified<Person>] = []
        var page = 1
        while true {
            let found = try await personStore.list(try EquitasCore.PageRequest(page: page, per: EquitasCore.PageRequest.maximumPer), organisationId: record.plan.value.organisationId)
            people += found.items
            guard found.items.count == EquitasCore.PageRequest.maximumPer else { break }
            page += 1
        }
        let known = Set(people.map(\.id))
        for leadId in Set(record.actions.compactMap(\.action.action.value.leadId)) where !known.contains(leadId) {
            people.append(try await personStore.get(leadId))
        }
        return PlanVocabulary(people: people, modules: try await modules(challengeId: record.plan.value.challengeId))
    }

    func modules(challengeId: UUID?) async throws -> [FrameworkModule] {
        guard let challengeId else { return [] }
        let challenge = try await ChallengeStore(db: db, catalog: catalog).get(challengeId).value
        return catalog.framework(challenge.frameworkId, version: challenge.frameworkVersion)?.modules ?? []
    }

    /// Reads, validates and stores a document; returns the new plan's id. With a
    /// challenge, the plan is made from its final report first and the document's items
    /// are matched to recommendations by number.
    public func importDocument(_ data: Data, challengeId: UUID? = nil) async throws -> UUID {
        try await importDocument(try ActionPlanDocument.decode(data).validated(), challengeId: challengeId)
    }

    public func importDocument(_ document: ActionPlanDocument, challengeId: UUID? = nil) async throws -> UUID {
        let catalog = self.catalog
        return try await db.transaction { db in
            let organisationId = try await Self.organisation(named: document.organisation, on: db)
            let people = PersonStore(db: db)
            var leads: [String: UUID] = [:]
            for entry in document.people {
                let person = try await people.findOrCreate(name: entry.name, organisationId: organisationId, jobTitle: entry.jobTitle)
                leads[PlanVocabulary.folded(entry.name)] = person.id
            }
            let store = ActionPlanStore(db: db, catalog: catalog)
            let plan = ActionPlan(organisationId: organisationId, challengeId: challengeId, title: document.title, monitoredBy: document.monitoredBy)
            var existing: [Int: Identified<PlanItem>] = [:]
            let planId: UUID
            if let challengeId {
                let made = try await store.createFromChallenge(challengeId, organisationId: organisationId, title: document.title)
                planId = made.plan.id
                _ = try await store.update(planId, plan)
                for item in made.items { existing[item.item.value.number] = item.item }
            } else {
                planId = try await store.create(plan).id
            }
            for (index, entry) in document.items.enumerated() {
                do {
                    try await Self.store(entry, planId: planId, existing: existing.removeValue(forKey: entry.number), leads: leads, store: store)
                } catch let failure as ValidationFailure {
                    throw failure.nested(under: "items[\(index)]")
                }
            }
            // Recommendations the document does not answer are not silently kept.
            for item in existing.values { try await store.deleteItem(planId, item.id) }
            return planId
        }
    }

    private static func store(_ entry: ActionPlanDocument.ItemEntry, planId: UUID, existing: Identified<PlanItem>?, leads: [String: UUID], store: ActionPlanStore) async throws {
        var item = PlanItem(number: entry.number, text: entry.text, module: entry.module, response: entry.response, rationale: entry.rationale)
        let itemId: UUID
        if let existing {
            item.recommendationId = existing.value.recommendationId
            itemId = try await store.updateItem(planId, existing.id, item).id
        } else {
            itemId = try await store.addItem(planId, item).id
        }
        for (index, action) in entry.actions.enumerated() {
            let leadId = action.lead.flatMap { leads[PlanVocabulary.folded($0)] }
            let value = PlanAction(description: action.description, leadId: leadId, timescale: action.timescale, monitoredBy: action.monitoredBy, status: action.initialStatus)
            do {
                let added = try await store.addAction(planId, itemId, value)
                for update in action.updates {
                    _ = try await store.addUpdate(planId, added.id, ProgressUpdate(date: update.date, author: update.author, text: update.text, status: update.status))
                }
            } catch let failure as ValidationFailure {
                throw failure.nested(under: "actions[\(index)]")
            }
        }
    }

    /// Plans belong to a council Equitas already knows: guessing its type from a name
    /// would file a county's plan as a district's.
    private static func organisation(named name: String, on db: any Database) async throws -> UUID {
        let found = try await OrganisationStore(db: db).list(try EquitasCore.PageRequest(per: EquitasCore.PageRequest.maximumPer), nameContains: name)
        guard let match = found.items.first(where: { $0.value.name.caseInsensitiveCompare(name) == .orderedSame }) else {
            throw ValidationFailure(path: "organisation", message: "no organisation called \"\(name)\"; add it first")
        }
        return match.id
    }
}
