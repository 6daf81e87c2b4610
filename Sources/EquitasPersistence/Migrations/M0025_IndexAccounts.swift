import FluentKit
import SQLKit

/// Indexes for the questions asked of accounts: an account's tokens, and whether an
/// organisation or person about to be deleted still has an account pointing at it.
struct M0025_IndexAccounts: AsyncMigration {
    var name: String { "0025-index-accounts" }

    static let indexes: [(table: String, column: String)] = [
        ("api_tokens", "account_id"),
        ("accounts", "organisation_id"),
        ("accounts", "person_id"),
    ]

    func prepare(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        for (table, column) in Self.indexes {
            try await sql.create(index: "\(table)_\(column)_index").on(table).column(column).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        for (table, column) in Self.indexes {
            try await sql.drop(index: "\(table)_\(column)_index").run()
        }
    }
}
