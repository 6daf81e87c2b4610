import EquitasCore
import FluentKit
import Foundation
import SQLKit

/// Where a challenge stands: any change to it or to anything under it gives a new
/// `revision`; a change to the directory (organisations, people), whose names its pages
/// show, a new `directory`. Equal stamps mean nothing they cover has changed. (M0036)
public struct ChallengeStamp: Hashable, Sendable {
    public var revision: Int64
    public var createdAt: String
    public var directory: Int64
}

/// Where the challenges that follow one stand: how many there are, the sum of their
/// revisions and the newest one's creation. Kept apart from `ChallengeStamp`, so that
/// the follow-up's own busy cycle does not move the earlier challenge's kept pages; only
/// its overview, which lists the followers, checks it. A follower added, removed or
/// changed moves the count, the newest creation or the sum (revisions only go up).
public struct FollowersStamp: Hashable, Sendable {
    public var text: String
}

/// Where an action plan stands: its own changes, those of the challenge it answers
/// (whose modules and councils it names) and the directory's.
public struct ActionPlanStamp: Hashable, Sendable {
    public var revision: Int64
    public var createdAt: String
    public var challengeRevision: Int64?
    public var challengeCreatedAt: String?
    public var directory: Int64
}

/// Where every council's workforce figures stand: any snapshot imported, replaced or
/// deleted, or community profile saved, moves `workforce`; a council renamed or its
/// disclosure threshold changed moves `directory`. (M0053)
public struct WorkforceStamp: Hashable, Sendable {
    public var workforce: Int64
    public var directory: Int64

    public init(workforce: Int64, directory: Int64) {
        (self.workforce, self.directory) = (workforce, directory)
    }
}

/// Reads stamps, each in one indexed query, with the access facts that come free with
/// them (a challenge's status, a plan's council).
public struct ChangeStamps: Sendable {
    let db: any Database
    let sql: any SQLDatabase

    public init(db: any Database) throws {
        self.db = db
        sql = try SQLAccess.sql(db)
    }

    /// Nil when there is no such challenge.
    public func challenge(_ id: UUID) async throws -> (status: ChallengeStatus, stamp: ChallengeStamp, followers: FollowersStamp)? {
        guard case .challenge(_, let status, let stamp, let followers)? = try await read(.challenge(id)) else { return nil }
        return (status, stamp, followers)
    }

    /// Nil when there is no such plan.
    public func actionPlan(_ id: UUID) async throws -> (organisationId: UUID, stamp: ActionPlanStamp)? {
        guard case .actionPlan(_, let organisation, let stamp)? = try await read(.actionPlan(id)) else { return nil }
        return (organisation, stamp)
    }

    private func read(_ asked: StampAsked) async throws -> StampRead? {
        let rows: [any SQLRow]
        switch asked {
        case .challenge(let id): rows = try await KeptRead.rows(ChallengeStampStatement.self, [.uuid(id)], on: db)
        case .actionPlan(let id): rows = try await KeptRead.rows(ActionPlanStampStatement.self, [.uuid(id)], on: db)
        }
        guard let row = rows.first else { return nil }
        return try StampQuery.decode(asked, row)
    }

    /// The workforce counter with the directory's, for the profile pages (M0053); nil
    /// when the database has no workforce counter, and then nothing may be kept under it.
    public func workforce() async throws -> WorkforceStamp? {
        let row = try await sql.raw("""
            SELECT w.revision AS workforce, d.revision AS directory FROM change_counters w CROSS JOIN change_counters d
            WHERE w.name = 'workforce' AND d.name = 'directory'
            """).first()
        guard let row else { return nil }
        return WorkforceStamp(workforce: try row.decode(column: "workforce", as: Int64.self), directory: try row.decode(column: "directory", as: Int64.self))
    }

    /// The directory's counter alone, for pages that show names but no challenge.
    public func directory() async throws -> Int64 {
        let row = try await sql.raw("SELECT revision FROM change_counters WHERE name = 'directory'").first()
        return try row?.decode(column: "revision", as: Int64.self) ?? 0
    }
}
