import EquitasCore
import FluentKit
import Foundation

/// Councils' action plans: items answering recommendations, actions under them, and the
/// progress updates that move each action's status. Every call names the plan; an item,
/// action or update of another plan is not found. Every write is one transaction.
public struct ActionPlanStore: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    /// Newest first.
    public func list(
        _ page: EquitasCore.PageRequest, organisationId: UUID? = nil, challengeId: UUID? = nil
    ) async throws -> EquitasCore.Page<Identified<ActionPlan>> {
        try await filtered(organisationId: organisationId, challengeId: challengeId).page(page) { rows in
            try rows.map { try $0.identified() }
        }
    }

    public func get(_ planId: UUID) async throws -> Identified<ActionPlan> {
        try await ActionPlanRow.require(planId, on: db).identified()
    }

    /// The plan with everything in it: items by number, actions in their order, updates
    /// oldest first.
    public func record(_ planId: UUID) async throws -> ActionPlanRecord {
        try await PlanRows.record(planId, on: db)
    }

    /// Every plan (or one council's), whole, newest first: what due lists and summaries
    /// across plans are worked out from. Four queries however many plans there are.
    public func records(organisationId: UUID? = nil) async throws -> [ActionPlanRecord] {
        try await PlanRows.records(filtered(organisationId: organisationId, challengeId: nil).all(), on: db)
    }

    /// An empty plan. The organisation must exist; a challenge, if named, must have
    /// issued its final report, include the organisation, and have no plan from it yet.
    public func create(_ plan: ActionPlan, id: UUID = UUID()) async throws -> Identified<ActionPlan> {
        try await transaction { store in
            let valid = try await store.checkedNew(plan, id: id)
            try await ActionPlanRow(id: id, value: valid).create(on: store.db)
            return Identified(id: id, value: valid)
        }
    }

    /// Changes the title and monitoring bodies. A plan stays with the council and the
    /// challenge it was made for.
    public func update(_ planId: UUID, _ plan: ActionPlan) async throws -> Identified<ActionPlan> {
        try await transaction { store in
            let row = try await ActionPlanRow.require(planId, on: store.db)
            let stored = try row.value()
            guard plan.organisationId == stored.organisationId else {
                throw RuleViolation("a plan stays with the council it was made for; start a new plan for another council")
            }
            guard plan.challengeId == stored.challengeId else {
                throw RuleViolation("a plan stays with the challenge it answers; start a new plan to answer another")
            }
            let valid = try plan.validated()
            row.apply(valid)
            try await row.update(on: store.db)
            return Identified(id: planId, value: valid)
        }
    }

    /// Removes the plan with its items, actions and updates (the foreign keys cascade).
    public func delete(_ planId: UUID) async throws {
        try await transaction { store in
            try await ActionPlanRow.require(planId, on: store.db).delete(on: store.db)
        }
    }

    private func filtered(organisationId: UUID?, challengeId: UUID?) -> QueryBuilder<ActionPlanRow> {
        let query = ActionPlanRow.query(on: db)
        if let organisationId { query.filter("organisation_id", .equal, organisationId) }
        if let challengeId { query.filter("challenge_id", .equal, challengeId) }
        return query.sort("created_at", .descending).sort(.id)
    }

    /// Runs `body` with a store whose every read and write is inside one transaction.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (ActionPlanStore) async throws -> T) async throws -> T {
        let catalog = self.catalog
        return try await db.transaction { db in try await body(ActionPlanStore(db: db, catalog: catalog)) }
    }
}
