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

/// Where an action plan stands: its own changes, those of the challenge it answers
/// (whose modules and councils it names) and the directory's.
public struct ActionPlanStamp: Hashable, Sendable {
    public var revision: Int64
    public var createdAt: String
    public var challengeRevision: Int64?
    public var challengeCreatedAt: String?
    public var directory: Int64
}

/// Reads stamps, each in one indexed query, with the access facts that come free with
/// them (a challenge's status, a plan's council).
public struct ChangeStamps: Sendable {
    let sql: any SQLDatabase

    public init(db: any Database) throws {
        sql = try SQLAccess.sql(db)
    }

    /// Nil when there is no such challenge.
    public func challenge(_ id: UUID) async throws -> (status: ChallengeStatus, stamp: ChallengeStamp)? {
        let query: SQLQueryString = """
            SELECT c.status AS status, c.revision AS revision, c.created_at AS created_at, d.revision AS directory
            FROM challenges c CROSS JOIN change_counters d WHERE c.id = \(bind: id) AND d.name = 'directory'
            """
        guard let row = try await sql.raw(query).first() else { return nil }
        let status = try row.decode(column: "status", as: String.self)
        guard let known = ChallengeStatus(rawValue: status) else {
            throw CorruptColumn(table: "challenges", column: "status", value: status)
        }
        let stamp = ChallengeStamp(
            revision: try row.decode(column: "revision", as: Int64.self), createdAt: try row.decode(column: "created_at", as: String.self),
            directory: try row.decode(column: "directory", as: Int64.self))
        return (known, stamp)
    }

    /// Nil when there is no such plan.
    public func actionPlan(_ id: UUID) async throws -> (organisationId: UUID, stamp: ActionPlanStamp)? {
        let query: SQLQueryString = """
            SELECT p.organisation_id AS organisation_id, p.revision AS revision, p.created_at AS created_at,
                c.revision AS challenge_revision, c.created_at AS challenge_created_at, d.revision AS directory
            FROM action_plans p LEFT JOIN challenges c ON c.id = p.challenge_id CROSS JOIN change_counters d
            WHERE p.id = \(bind: id) AND d.name = 'directory'
            """
        guard let row = try await sql.raw(query).first() else { return nil }
        let stamp = ActionPlanStamp(
            revision: try row.decode(column: "revision", as: Int64.self), createdAt: try row.decode(column: "created_at", as: String.self),
            challengeRevision: try row.decode(column: "challenge_revision", as: Int64?.self),
            challengeCreatedAt: try row.decode(column: "challenge_created_at", as: String?.self),
            directory: try row.decode(column: "directory", as: Int64.self))
        return (try row.decode(column: "organisation_id", as: UUID.self), stamp)
    }

    /// The directory's counter alone, for pages that show names but no challenge.
    public func directory() async throws -> Int64 {
        let row = try await sql.raw("SELECT revision FROM change_counters WHERE name = 'directory'").first()
        return try row?.decode(column: "revision", as: Int64.self) ?? 0
    }
}
