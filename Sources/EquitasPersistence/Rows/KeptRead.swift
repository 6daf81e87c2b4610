import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// A statement run on (nearly) every request, written once with numbered placeholders
/// (`$1`, `$2`…) and kept prepared by each database (ADR 0004, issue 21): on SQLite by a
/// kept read connection (`SQLiteReadConnection`), on PostgreSQL as a named prepared
/// statement on each of the kept reads' own connections (`PostgresKeptReads`; inside a
/// transaction, on its connection), whose plan the server then keeps too. Parsing
/// and planning the session's statement afresh was the largest single cost of a kept
/// page on both databases. Only the statement is kept: every run reads the database as
/// it stands.
public protocol KeptStatement: Sendable {
    /// The text with PostgreSQL's placeholders.
    static var postgres: String { get }
    /// The same text with SQLite's (`?1`, `?2`…): `KeptStatementText.sqlite(postgres)`.
    static var sqlite: String { get }
}

/// A value bound to a kept statement: the kinds the statements use.
public enum KeptBind: Sendable {
    case text(String)
    case uuid(UUID)

    var encodable: any Encodable & Sendable {
        switch self {
        case .text(let text): text
        case .uuid(let id): id
        }
    }
}

enum KeptStatementText {
    /// `$n` → `?n`. The statements hold no other `$`.
    static func sqlite(_ postgres: String) -> String { postgres.replacingOccurrences(of: "$", with: "?") }
}

enum KeptRead {
    /// The rows of `Statement` with `binds` (`$1` first), read through its kept
    /// statement where the database has one, else as any other statement.
    static func rows<Statement: KeptStatement>(_ statement: Statement.Type, _ binds: [KeptBind], on db: any Database)
        async throws -> [any SQLRow]
    {
        if let sqlite = db as? SQLiteWriterDatabase {
            let encoder = SQLiteDataEncoder()
            if let rows = sqlite.keptRows(Statement.sqlite, try binds.map { try encoder.encode($0.encodable) }) { return rows }
        } else if !db.inTransaction, let kept = (db.context.configuration as? PostgresKeptConfiguration)?.reads.reads {
            return try await kept.rows(Statement.self, binds, on: db.eventLoop).map { $0.sql() }
        } else if let postgres = db as? any PostgresDatabase {
            let logger = db.logger
            return try await postgres.withConnection { connection in
                connection.eventLoop.makeFutureWithTask {
                    var rows: [any SQLRow] = []
                    for try await row in try await connection.execute(PostgresKept<Statement>(binds: binds), logger: logger) {
                        rows.append(row.sql())
                    }
                    return rows
                }
            }.get()
        }
        return try await pooled(Statement.self, binds, on: SQLAccess.sql(db))
    }

    /// The same, on the PostgreSQL kept reads' connections when `kept` is given, without
    /// making a database value; else through `db()` as above.
    static func rows<Statement: KeptStatement>(
        _ statement: Statement.Type, _ binds: [KeptBind], on db: () -> any Database, kept: KeptReads.Place?
    ) async throws -> [any SQLRow] {
        if let kept, let reads = kept.reads.box.reads {
            return try await reads.rows(statement, binds, on: kept.eventLoop).map { $0.sql() }
        }
        return try await rows(statement, binds, on: db())
    }

    /// Through the pool, as an ordinary statement (SQLKit's).
    private static func pooled<Statement: KeptStatement>(_ statement: Statement.Type, _ binds: [KeptBind], on sql: any SQLDatabase)
        async throws -> [any SQLRow]
    {
        let text = sql.dialect.name == "postgresql" ? Statement.postgres : Statement.sqlite
        let rows = NIOLockedValueBox<[any SQLRow]>([])
        try await sql.execute(sql: NumberedStatement(text: text, binds: binds.map(\.encodable))) { row in
            rows.withLockedValue { $0.append(row) }
        }
        return rows.withLockedValue { $0 }
    }
}

/// Text whose placeholders are already numbered in the dialect's way, with its binds in
/// that order.
private struct NumberedStatement: SQLExpression {
    var text: String
    var binds: [any Encodable & Sendable]

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write(text)
        serializer.binds.append(contentsOf: binds)
    }
}
