import Foundation
import FluentKit
import SQLKit

/// The statement every signed-in page runs: the session behind a cookie's hash (`$1`)
/// with its account, and, when the route names one, the challenge's or plan's stamp
/// (`$2`) joined to it (ADR 0004), so that an unchanged kept page is one statement. Kept
/// prepared on both databases (`KeptRead`).
enum SessionQuery {
    static func text(joining stamp: String?) -> String {
        let stampColumns = stamp == nil ? "" : ", st.*"
        let stampJoin = stamp.map { "LEFT JOIN (\($0)) st ON 1 = 1" } ?? ""
        return """
            SELECT s.id AS session_id, s.csrf_token, s.created_at, s.last_seen_at, a.id AS account_id, a.email, a.name, a.role,
                a.organisation_id, a.person_id, a.disabled_at\(stampColumns)
            FROM sessions s JOIN accounts a ON a.id = s.account_id \(stampJoin) WHERE s.token_hash = $1
            """
    }

    /// The session and its account.
    enum Alone: KeptStatement {
        static let postgres = text(joining: nil)
        static let sqlite = KeptStatementText.sqlite(postgres)
    }

    /// With the stamp of the route's `:challengeID`.
    enum WithChallenge: KeptStatement {
        static let postgres = text(joining: StampQuery.challenge(id: "$2"))
        static let sqlite = KeptStatementText.sqlite(postgres)
    }

    /// With the stamp of the route's `:planID`.
    enum WithActionPlan: KeptStatement {
        static let postgres = text(joining: StampQuery.actionPlan(id: "$2"))
        static let sqlite = KeptStatementText.sqlite(postgres)
    }

    /// The rows for the secret's hash and, if asked, the stamp: on the kept reads'
    /// connections when given, without a database value, else through `db()`.
    static func rows(tokenHash: String, with asked: StampAsked?, on db: () -> any Database, kept: KeptReads.Place?)
        async throws -> [any SQLRow]
    {
        switch asked {
        case nil: try await KeptRead.rows(Alone.self, [.text(tokenHash)], on: db, kept: kept)
        case .challenge(let id)?: try await KeptRead.rows(WithChallenge.self, [.text(tokenHash), .uuid(id)], on: db, kept: kept)
        case .actionPlan(let id)?: try await KeptRead.rows(WithActionPlan.self, [.text(tokenHash), .uuid(id)], on: db, kept: kept)
        }
    }
}
