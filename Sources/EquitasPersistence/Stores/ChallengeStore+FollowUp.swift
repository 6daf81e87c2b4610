import EquitasCore
import FluentKit
import Foundation

/// A challenge that follows an earlier one: the link checked when it is made or changed,
/// and last time loaded for the follow-up's pages and report.
extension ChallengeStore {
    /// The challenge as it will be checked: a follow-up that leaves out its councils,
    /// framework or modules starts from the earlier challenge's.
    func startingScope(_ value: Challenge) async throws -> Challenge {
        guard let earlierId = value.follows else { return value }
        return value.startingFrom(try await earlier(earlierId).value)
    }

    /// The earlier challenge exists, is not this one nor follows it (no circles), and is
    /// of the same council or councils, before this one.
    func checkFollows(_ value: Challenge, id: UUID) async throws {
        guard let earlierId = value.follows else { return }
        guard earlierId != id else { throw ValidationFailure(path: "follows", message: "a challenge cannot follow itself") }
        let earlier = try await earlier(earlierId)
        try value.checkFollows(earlier.value)
        var step = earlier.value.follows
        var seen: Set<UUID> = [earlierId]
        while let next = step, seen.insert(next).inserted {
            guard next != id else {
                throw ValidationFailure(path: "follows", message: "\(earlierId.uuidString.lowercased()) already follows this challenge, so this one cannot follow it")
            }
            step = try await ChallengeRow.find(next, on: db)?.followsId
        }
    }

    public func exists(_ id: UUID) async throws -> Bool { try await ChallengeRow.exists(id, on: db) }

    private func earlier(_ id: UUID) async throws -> Identified<Challenge> {
        guard try await ChallengeRow.exists(id, on: db) else {
            throw ValidationFailure(path: "follows", message: "no challenge has the id \(id.uuidString.lowercased())")
        }
        return try await get(id)
    }

    /// Last time, for a challenge that follows another still in the database: the
    /// earlier record without the team's notes, and the action plans that answer it.
    public func earlierCycle(of challenge: Challenge) async throws -> EarlierCycle? {
        guard let earlierId = challenge.follows, try await ChallengeRow.exists(earlierId, on: db) else { return nil }
        let earlier = try await record(earlierId, withEarlier: false).withoutTeamNotes
        let plans = try await ActionPlanStore(db: db, catalog: catalog).list(try PageRequest(per: PageRequest.maximumPer), challengeId: earlierId)
        var records: [ActionPlanRecord] = []
        for plan in plans.items { records.append(try await ActionPlanStore(db: db, catalog: catalog).record(plan.id)) }
        let value = earlier.challenge.value
        return EarlierCycle.make(
            earlier: earlier, framework: catalog.framework(value.frameworkId, version: value.frameworkVersion ?? ""), plans: records)
    }

    /// The challenges that follow this one, oldest first: the rest of the chain.
    public func followers(of id: UUID) async throws -> [Identified<Challenge>] {
        let rows = try await ChallengeRow.query(on: db).filter("follows_id", .equal, id).sort("created_at", .ascending).all()
        return try await ChallengeRows.challenges(rows, on: db)
    }

    /// A deleted challenge is no longer followed (the column has no foreign key).
    func forgetFollowers(of id: UUID) async throws {
        try await ChallengeRow.query(on: db).filter("follows_id", .equal, id).set(\.$followsId, to: nil).update()
    }
}
