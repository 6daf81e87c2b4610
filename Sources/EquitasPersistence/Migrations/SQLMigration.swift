import FluentKit
import SQLKit

/// A migration written as literal SQL, one list per dialect, for what Fluent's schema
/// builder cannot say (triggers, full-text indexes). The statements run in order, in one
/// transaction on one connection: a migration half applied would leave tables without
/// their triggers, and on SQLite a table altered through one pooled connection must not
/// be altered again through another that has not yet seen the change.
protocol SQLMigration: AsyncMigration {
    func statements(postgres: Bool) -> [String]
    func revertStatements(postgres: Bool) -> [String]
}

extension SQLMigration {
    func prepare(on database: any Database) async throws {
        try await run(statements(postgres: try Self.isPostgres(database)), on: database)
    }

    func revert(on database: any Database) async throws {
        try await run(revertStatements(postgres: try Self.isPostgres(database)), on: database)
    }

    private static func isPostgres(_ database: any Database) throws -> Bool {
        try SQLAccess.sql(database).dialect.name == "postgresql"
    }

    private func run(_ statements: [String], on database: any Database) async throws {
        try await database.transaction { database in
            let sql = try SQLAccess.sql(database)
            for statement in statements {
                try await sql.raw(SQLQueryString(statement)).run()
            }
        }
    }
}
