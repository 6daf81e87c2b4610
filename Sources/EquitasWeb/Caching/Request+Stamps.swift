import EquitasCore
import EquitasPersistence
import Vapor

extension Application {
    private struct StampedCacheKey: StorageKey { typealias Value = StampedCache }

    /// Set once by `configure`, before anything is served.
    var stampedCache: StampedCache {
        get {
            guard let cache = storage[StampedCacheKey.self] else {
                fatalError("configure(_:_:) has not run: the application has no page cache")
            }
            return cache
        }
        set { storage[StampedCacheKey.self] = newValue }
    }
}

extension Request {
    private struct ChallengeStampKey: StorageKey { typealias Value = ChallengeStamp }
    private struct PlanStampKey: StorageKey { typealias Value = ActionPlanStamp }

    /// The value kept for `kind` and `id` at `stamp`, or `load()`'s. Only requests that
    /// read use the cache: one that writes reads afresh whatever it shows afterwards.
    func cached<Stamp: Hashable & Sendable, Value: Sendable>(
        _ kind: String, _ id: UUID, stamp: Stamp, cost: (Value) -> Int = { _ in 4096 }, load: () async throws -> Value
    ) async throws -> Value {
        guard method == .GET || method == .HEAD else { return try await load() }
        return try await application.stampedCache.value(StampedCache.Key(kind, id), stamp: stamp, cost: cost, load: load)
    }

    /// The stamp of the route's `:challengeID`, read once per request (the access check
    /// reads it first); a missing challenge is the usual 404.
    func challengeStamp() async throws -> ChallengeStamp {
        if let stamp = storage[ChallengeStampKey.self] { return stamp }
        _ = try await challengeFacts()
        guard let stamp = storage[ChallengeStampKey.self] else { throw Abort(.internalServerError) }
        return stamp
    }

    /// The challenge's status and stamp in one query, the rest of its access facts from
    /// the cache at that stamp.
    func loadChallengeFacts(_ id: UUID) async throws -> ChallengeFacts {
        guard let (status, stamp) = try await ChangeStamps(db: db).challenge(id) else { throw NotFound(entity: "challenge", id: id) }
        storage[ChallengeStampKey.self] = stamp
        var facts = try await cached("access-facts", id, stamp: stamp) { try await AccessFacts(db: db).challenge(id) }
        facts.status = status
        return facts
    }

    /// The stamp of the route's `:planID`, read once per request.
    func actionPlanStamp() async throws -> ActionPlanStamp {
        if let stamp = storage[PlanStampKey.self] { return stamp }
        _ = try await actionPlanOrganisation()
        guard let stamp = storage[PlanStampKey.self] else { throw Abort(.internalServerError) }
        return stamp
    }

    /// The plan's council and stamp in one query.
    func loadActionPlanOrganisation(_ id: UUID) async throws -> UUID {
        guard let (organisation, stamp) = try await ChangeStamps(db: db).actionPlan(id) else {
            throw NotFound(entity: "action plan", id: id)
        }
        storage[PlanStampKey.self] = stamp
        return organisation
    }
}
