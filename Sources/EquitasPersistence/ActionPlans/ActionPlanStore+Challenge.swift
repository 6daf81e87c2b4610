import EquitasCore
import FluentKit
import Foundation

extension ActionPlanStore {
    /// "Create plan from final report": a plan for one of the challenge's councils with
    /// an item per recommendation it is to answer, numbered as in the report. The council
    /// may be left out when the challenge has only one.
    public func createFromChallenge(
        _ challengeId: UUID, organisationId: UUID? = nil, title: String? = nil, id: UUID = UUID()
    ) async throws -> ActionPlanRecord {
        try await transaction { store in
            let record = try await ChallengeStore(db: store.db, catalog: store.catalog).record(challengeId)
            let councils = record.challenge.value.organisationIds
            guard let council = organisationId ?? (councils.count == 1 ? councils.first : nil) else {
                throw ValidationFailure(
                    path: "organisation_id", message: "this challenge has \(councils.count) councils; name the one whose plan this is")
            }
            let draft = try ActionPlanDraft.make(from: record, organisationId: council, title: title)
            let plan = Identified(id: id, value: try await store.checkedNew(draft.plan, id: id))
            try await ActionPlanRow(id: id, value: plan.value).create(on: store.db)
            for (index, item) in draft.items.enumerated() {
                try await nested("items[\(index)]") {
                    let itemId = UUID()
                    let valid = try await store.checkedItem(item, id: itemId, in: plan)
                    try await PlanItemRow(id: itemId, planId: id, item: valid).create(on: store.db)
                }
            }
            return try await store.record(id)
        }
    }
}
