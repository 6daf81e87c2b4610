import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Fluent's SQLite database, with transactions that begin `IMMEDIATE` and connections
/// prepared with `SQLiteTuning.connectionPragmas` before their first query.
///
/// This process's writes — transactions, and single statements that write — queue for
/// `writers` before they take a connection, first come first served: SQLite's busy
/// handler retries by sleeping, and under a steady stream of writes one connection could
/// keep winning the lock while another slept past its timeout. The busy timeout still
/// covers writers in other processes (a command run beside the server).
///
/// `bound` is true for a database tied to one connection (inside `withConnection` or a
/// transaction); the pooled one takes a connection for each query, as Fluent's does.
struct SQLiteWriterDatabase: Database, SQLDatabase {
    let inner: any Database
    let prepared: SQLiteConnectionsPrepared
    let writers: FIFOLocks
    let reads: SQLiteReadConnections
    let bound: Bool
    let inTransaction: Bool

    var context: DatabaseContext { inner.context }
    private var sql: any SQLDatabase { inner as! any SQLDatabase }

    // Database

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        guard !bound else { return inner.execute(query: query, onOutput: onOutput) }
        return future(writing: Self.writes(query.action)) { UncheckedBox(try await $0.execute(query: query, onOutput: onOutput).get()) }
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> {
        guard !bound else { return inner.execute(schema: schema) }
        return future(writing: true) { UncheckedBox(try await $0.execute(schema: schema).get()) }
    }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> {
        inner.execute(enum: `enum`)
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        guard !bound else { return closure(self) }
        return future { try await closure($0).map { UncheckedBox($0) }.get() }
    }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        guard !inTransaction else { return closure(self) }
        // Bound but outside a transaction, this connection is already held: waiting for the
        // queue while holding it could deadlock with the writer ahead, so it does not queue.
        return future(writing: !bound) { connection in
            try await connection.runTransaction(begin: "BEGIN IMMEDIATE") { try await closure($0).map { UncheckedBox($0) }.get() }
        }
    }

    /// A transaction that only reads: a deferred `BEGIN`, which under WAL is a snapshot
    /// that holds no lock writers wait for (the logical backup reads in one).
    func snapshot<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard !inTransaction else { return try await closure(self) }
        return try await onConnection { try await $0.runTransaction(begin: "BEGIN", closure) }
    }

    // SQLDatabase

    var dialect: any SQLDialect { sql.dialect }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        guard !bound else { return sql.execute(sql: query, onRow) }
        return future(writing: writes(query)) { UncheckedBox(try await $0.sql.execute(sql: query, onRow)) }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        guard !bound else { return try await sql.execute(sql: query, onRow) }
        try await queued(writes(query)) { try await onConnection { try await $0.sql.execute(sql: query, onRow) } }
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await onConnection { UncheckedBox(try await closure($0)) }.value
    }

    /// The rows of a kept statement (`KeptRead`) from a kept read connection, or nil when
    /// it cannot be read that way: on a database tied to one connection (a transaction
    /// must see its own writes), or when SQLite would make the read wait.
    func keptRows(_ sql: String, _ binds: [SQLiteData]) -> [KeptReadRow]? {
        bound ? nil : reads.rows(sql, binds)
    }

    // Connections

    private func bind(_ connection: any Database, inTransaction: Bool = false) -> SQLiteWriterDatabase {
        SQLiteWriterDatabase(inner: connection, prepared: prepared, writers: writers, reads: reads, bound: true, inTransaction: inTransaction)
    }

    /// Runs `body` in the writers' queue when it writes.
    private func queued<T: Sendable>(_ writes: Bool, _ body: () async throws -> T) async throws -> T {
        guard writes else { return try await body() }
        return try await writers.holding("write", body)
    }

    private static func writes(_ action: DatabaseQuery.Action) -> Bool {
        switch action {
        case .read, .aggregate: return false
        case .create, .update, .delete, .custom: return true
        }
    }

    /// Whether raw SQL writes: anything but a query (SQLite's `SELECT`, `WITH`, `EXPLAIN`,
    /// and `PRAGMA` reads, which Equitas only issues to read).
    private func writes(_ query: any SQLExpression) -> Bool {
        var serializer = SQLSerializer(database: self)
        query.serialize(to: &serializer)
        let start = serializer.sql.drop { $0.isWhitespace || $0 == "(" }.prefix(8).uppercased()
        return !(start.hasPrefix("SELECT") || start.hasPrefix("WITH") || start.hasPrefix("EXPLAIN") || start.hasPrefix("PRAGMA")
            || start.hasPrefix("VACUUM"))
    }

    /// Runs `body` on one prepared connection: this one when bound, else one from the pool.
    private func onConnection<T: Sendable>(_ body: @escaping @Sendable (SQLiteWriterDatabase) async throws -> T) async throws -> T {
        guard !bound else { return try await body(self) }
        return try await inner.withConnection { connection in
            try await prepared.prepare(connection)
            return try await body(bind(connection))
        }
    }

    /// Fluent's future-based requirements are generic over results that need not be
    /// `Sendable`; the result crosses back to the caller's event loop in a box.
    private func future<T>(
        writing: Bool = false, _ body: @escaping @Sendable (SQLiteWriterDatabase) async throws -> UncheckedBox<T>
    ) -> EventLoopFuture<T> {
        eventLoop.makeFutureWithTask { try await queued(writing) { try await onConnection(body) } }.map { $0.value }
    }

    private func runTransaction<T: Sendable>(begin: String, _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await sql.raw(SQLQueryString(begin)).run()
        do {
            let result = try await body(bind(inner, inTransaction: true))
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }
}

/// A result Fluent does not promise is `Sendable`, carried from the task that made it to
/// the future that hands it back.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

extension Database {
    /// Runs `body` in a transaction that reads one consistent moment without blocking
    /// writers: a deferred transaction on SQLite, an ordinary one elsewhere.
    public func readingSnapshot<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if let sqlite = self as? SQLiteWriterDatabase { return try await sqlite.snapshot(body) }
        return try await transaction(body)
    }
}
