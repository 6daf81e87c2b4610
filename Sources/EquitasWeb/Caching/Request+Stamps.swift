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
    private struct FollowersStampKey: StorageKey { typealias Value = FollowersStamp }
    private struct StampReadKey: StorageKey { typealias Value = StampRead }

    /// The stamp the route will check, by its `:challengeID` or else its `:planID`, so
    /// that the session's query can read it too.
    var routeStampAsked: StampAsked? {
        if let text = parameters.get("challengeID") { return UUID(uuidString: text).map { .challenge($0) } }
        if let text = parameters.get("planID") { return UUID(uuidString: text).map { .actionPlan($0) } }
        return nil
    }

    /// The stamp read with the session, if it was.
    var stampRead: StampRead? {
        get { storage[StampReadKey.self] }
        set { storage[StampReadKey.self] = newValue }
    }

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

    /// The stamp of the challenges that follow the route's `:challengeID`, read with its own.
    func followersStamp() async throws -> FollowersStamp {
        if let stamp = storage[FollowersStampKey.self] { return stamp }
        _ = try await challengeFacts()
        guard let stamp = storage[FollowersStampKey.self] else { throw Abort(.internalServerError) }
        return stamp
    }

    /// The challenge's status and stamp in one query, the rest of its access facts from
    /// the cache at that stamp.
    func loadChallengeFacts(_ id: UUID) async throws -> ChallengeFacts {
        let read: (status: ChallengeStatus, stamp: ChallengeStamp, followers: FollowersStamp)?
        if case .challenge(id, let status, let stamp, let followers)? = stampRead {
            read = (status, stamp, followers)
        } else {
            read = try await ChangeStamps(db: db).challenge(id)
        }
        guard let (status, stamp, followers) = read else { throw NotFound(entity: "challenge", id: id) }
        storage[ChallengeStampKey.self] = stamp
        storage[FollowersStampKey.self] = followers
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
        let read: (organisationId: UUID, stamp: ActionPlanStamp)?
        if case .actionPlan(id, let organisation, let stamp)? = stampRead {
            read = (organisation, stamp)
        } else {
            read = try await ChangeStamps(db: db).actionPlan(id)
        }
        guard let (organisation, stamp) = read else { throw NotFound(entity: "action plan", id: id) }
        storage[PlanStampKey.self] = stamp
        return organisation
    }
}
