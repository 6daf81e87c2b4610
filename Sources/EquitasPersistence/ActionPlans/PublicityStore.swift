import EquitasCore
import FluentKit
import Foundation

/// What a council has marked public of its action plans, and the "you said, we did" of a
/// published challenge made from it.
public struct PublicityStore: Sendable {
    public struct Flags: Codable, Equatable, Sendable {
        /// Items whose response is public.
        public var items: [UUID]
        /// Progress updates that are public.
        public var updates: [UUID]
    }

    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    public func flags(planIds: [UUID]) async throws -> Flags {
        guard !planIds.isEmpty else { return Flags(items: [], updates: []) }
        let items = try await PlanItemRow.query(on: db).filter(PlanItemRow.among("plan_id", planIds)).all()
            .filter { $0.responsePublic == true }.map { try $0.requireID() }
        let updates = try await ProgressUpdateRow.query(on: db).filter(ProgressUpdateRow.among("plan_id", planIds)).all()
            .filter { $0.isPublic == true }.map { try $0.requireID() }
        return Flags(items: items, updates: updates)
    }

    /// Marks an item's response public or not; the row's audit records who and when.
    public func setResponsePublic(planId: UUID, itemId: UUID, _ value: Bool) async throws {
        guard let row = try await PlanItemRow.find(itemId, on: db), row.planId == planId else {
            throw NotFound(entity: "plan item", id: itemId)
        }
        row.responsePublic = value
        try await row.update(on: db)
    }

    public func setUpdatePublic(planId: UUID, updateId: UUID, _ value: Bool) async throws {
        guard let row = try await ProgressUpdateRow.find(updateId, on: db), row.planId == planId else {
            throw NotFound(entity: "progress update", id: updateId)
        }
        row.isPublic = value
        try await row.update(on: db)
    }

    /// Only for a published challenge: anything else is not found, as on the other
    /// public pages, so an unpublished challenge cannot be discovered.
    public func youSaidWeDid(challengeId: UUID) async throws -> YouSaidWeDid {
        let store = ChallengeStore(db: db, catalog: catalog)
        guard try await store.exists(challengeId), try await store.get(challengeId).value.status == .published else {
            throw NotFound(entity: "published challenge", id: challengeId)
        }
        let record = try await store.record(challengeId, withEarlier: false)
        let plans = ActionPlanStore(db: db, catalog: catalog)
        var records: [ActionPlanRecord] = []
        for plan in try await plans.list(try PageRequest(per: PageRequest.maximumPer), challengeId: challengeId).items {
            records.append(try await plans.record(plan.id))
        }
        let flags = try await flags(planIds: records.map(\.plan.id))
        return YouSaidWeDid.make(record: record, plans: records, publicItems: Set(flags.items), publicUpdates: Set(flags.updates))
    }
}
