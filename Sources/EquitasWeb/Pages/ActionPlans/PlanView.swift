import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The plan named by the route's `:planID`, loaded once with what every plan page
/// shows beside it: the names behind its ids, today's summary, its council's name and
/// whether the person looking may change it.
struct PlanView {
    var record: ActionPlanRecord
    var vocabulary: PlanVocabulary
    var summary: PlanSummary
    var councilName: String
    var today: CalendarDate
    var mayWrite: Bool

    /// What the plan's pages read from the database and work out from it, kept under
    /// the plan's change stamp and the day (the summary counts what is overdue today).
    private struct Stored: Sendable {
        var record: ActionPlanRecord
        var vocabulary: PlanVocabulary
        var summary: PlanSummary
        var council: String
    }

    struct Stamp: Hashable, Sendable {
        var plan: ActionPlanStamp
        var today: CalendarDate
    }

    /// Everything a plan's pages show changes only with this: the plan's stamp and the day.
    static func stamp(_ req: Request) async throws -> Stamp {
        Stamp(plan: try await req.actionPlanStamp(), today: req.today)
    }

    static func load(_ req: Request) async throws -> PlanView {
        let planId = try req.planID
        let stamp = try await stamp(req)
        let today = stamp.today
        let stored = try await req.cached("plan-view", planId, stamp: stamp) {
            let record = try await req.actionPlans.record(planId)
            let vocabulary = try await ActionPlanInterchange(db: req.db, catalog: req.catalog).vocabulary(for: record)
            let council = try await OrganisationStore(db: req.db).get(record.plan.value.organisationId).value.name
            return Stored(
                record: record, vocabulary: vocabulary, summary: PlanSummary.make(record: record, vocabulary: vocabulary, asOf: today),
                council: council)
        }
        return PlanView(
            record: stored.record, vocabulary: stored.vocabulary, summary: stored.summary, councilName: stored.council, today: today,
            mayWrite: req.pageContext.may(.write, .actionPlan(organisationId: stored.record.plan.value.organisationId)))
    }

    var planId: UUID { record.plan.id }
    var title: String { record.plan.value.title }

    /// The item in the route, which must be one of this plan's.
    func item(_ req: Request) throws -> PlanItemRecord {
        let itemId = try req.id("itemID", entity: "plan item")
        guard let item = record.items.first(where: { $0.item.id == itemId }) else { throw NotFound(entity: "plan item", id: itemId) }
        return item
    }

    /// The action in the route with its item and its place among the item's actions
    /// (counted from 1, as people count).
    func action(_ req: Request) throws -> (item: PlanItemRecord, action: PlanActionRecord, number: Int) {
        let actionId = try req.id("actionID", entity: "action")
        for item in record.items {
            if let index = item.actions.firstIndex(where: { $0.action.id == actionId }) {
                return (item, item.actions[index], index + 1)
            }
        }
        throw NotFound(entity: "action", id: actionId)
    }

    /// The people a lead officer is chosen from, by name.
    var leadOptions: [(value: String, words: String)] {
        [("", "No lead officer yet")]
            + vocabulary.people.sorted { $0.value.name < $1.value.name }.map { ($0.id.uuidString.lowercased(), $0.value.name) }
    }

    func moduleTitle(_ item: PlanItem) -> String {
        vocabulary.moduleTitle(item.module) ?? "No module"
    }

    /// The words the person signed in is recorded under when they write an update.
    static func author(_ req: Request) -> String {
        Text.optional(req.pageContext.accountName) ?? req.actor.role.label
    }

    /// "Action plans › Plan title": the start of every trail below the plan page.
    var trail: [(path: String, words: String)] {
        [(PlanPaths.register, "Action plans"), (PlanPaths.plan(planId), title)]
    }
}
