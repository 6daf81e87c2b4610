import EquitasCore
import Foundation
import SQLKit

/// The stamp a request needs, asked for by the route's id: a challenge's or a plan's.
public enum StampAsked: Hashable, Sendable {
    case challenge(UUID)
    case actionPlan(UUID)

    var id: UUID {
        switch self {
        case .challenge(let id), .actionPlan(let id): id
        }
    }
}

/// A stamp as read, with the access facts that come free with it.
public enum StampRead: Sendable {
    case challenge(id: UUID, status: ChallengeStatus, stamp: ChallengeStamp, followers: FollowersStamp)
    case actionPlan(id: UUID, organisationId: UUID, stamp: ActionPlanStamp)
}

/// The one statement that reads a stamp, written once so that it can run alone
/// (`ChangeStamps`) or be joined to the session's (`SessionQuery`), saving a round trip
/// on every signed-in page. Its columns are named `stamp_…`, apart from any they join.
/// Kept prepared (`KeptRead`): its id is bound at the placeholder given.
enum StampQuery {
    static func challenge(id: String) -> String {
        // The followers' stamp comes from the `follows_id` index in the same statement.
        """
        SELECT c.status AS stamp_status, c.revision AS stamp_revision, c.created_at AS stamp_created_at,
            d.revision AS stamp_directory,
            (SELECT CAST(COUNT(*) AS TEXT) || '/' || CAST(COALESCE(SUM(f.revision), 0) AS TEXT) || '/'
                || COALESCE(CAST(MAX(f.created_at) AS TEXT), '') FROM challenges f WHERE f.follows_id = c.id) AS stamp_followers
        FROM challenges c CROSS JOIN change_counters d WHERE c.id = \(id) AND d.name = 'directory'
        """
    }

    static func actionPlan(id: String) -> String {
        """
        SELECT p.organisation_id AS stamp_organisation_id, p.revision AS stamp_revision, p.created_at AS stamp_created_at,
            c.revision AS stamp_challenge_revision, c.created_at AS stamp_challenge_created_at, d.revision AS stamp_directory
        FROM action_plans p LEFT JOIN challenges c ON c.id = p.challenge_id CROSS JOIN change_counters d
        WHERE p.id = \(id) AND d.name = 'directory'
        """
    }

    /// The stamp in `row`, or nil when the row has none (no such challenge or plan: a
    /// joined query's columns are then null).
    static func decode(_ asked: StampAsked, _ row: any SQLRow) throws -> StampRead? {
        guard let revision = try row.decode(column: "stamp_revision", as: Int64?.self) else { return nil }
        let createdAt = try row.decode(column: "stamp_created_at", as: String.self)
        let directory = try row.decode(column: "stamp_directory", as: Int64.self)
        switch asked {
        case .challenge(let id):
            let status = try row.decode(column: "stamp_status", as: String.self)
            guard let known = ChallengeStatus(rawValue: status) else {
                throw CorruptColumn(table: "challenges", column: "status", value: status)
            }
            return .challenge(
                id: id, status: known, stamp: ChallengeStamp(revision: revision, createdAt: createdAt, directory: directory),
                followers: FollowersStamp(text: try row.decode(column: "stamp_followers", as: String.self)))
        case .actionPlan(let id):
            let stamp = ActionPlanStamp(
                revision: revision, createdAt: createdAt,
                challengeRevision: try row.decode(column: "stamp_challenge_revision", as: Int64?.self),
                challengeCreatedAt: try row.decode(column: "stamp_challenge_created_at", as: String?.self), directory: directory)
            return .actionPlan(id: id, organisationId: try row.decode(column: "stamp_organisation_id", as: UUID.self), stamp: stamp)
        }
    }
}

/// A challenge's stamp alone.
enum ChallengeStampStatement: KeptStatement {
    static let postgres = StampQuery.challenge(id: "$1")
    static let sqlite = KeptStatementText.sqlite(postgres)
}

/// A plan's stamp alone.
enum ActionPlanStampStatement: KeptStatement {
    static let postgres = StampQuery.actionPlan(id: "$1")
    static let sqlite = KeptStatementText.sqlite(postgres)
}
