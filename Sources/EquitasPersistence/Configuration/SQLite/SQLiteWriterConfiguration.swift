import FluentKit
import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers
import NIOPosix

/// Fluent's SQLite driver with the behaviour `SQLiteTuning` describes: the driver is
/// Fluent's own, given a thread pool of its own and a longer wait for a connection, and
/// every database it hands out is wrapped in `SQLiteWriterDatabase`.
struct SQLiteWriterConfiguration: FluentKit.DatabaseConfiguration {
    var inner: any FluentKit.DatabaseConfiguration
    var path: String

    var middleware: [any AnyModelMiddleware] {
        get { inner.middleware }
        set { inner.middleware = newValue }
    }

    init(path: String) {
        self.path = path
        let sqlite = SQLiteConfiguration(storage: .file(path: path), enableForeignKeys: true)
        inner = DatabaseConfigurationFactory.sqlite(
            sqlite, connectionPoolTimeout: .seconds(SQLiteTuning.connectionWaitSeconds)
        ).make()
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        let loops = Array(databases.eventLoopGroup.makeIterator()).count
        let threads = NIOThreadPool(numberOfThreads: SQLiteTuning.threadCount(eventLoops: loops))
        threads.start()
        let own = Databases(threadPool: threads, on: databases.eventLoopGroup)
        return SQLiteWriterDriver(inner: inner.makeDriver(for: own), threads: threads, reads: SQLiteReadConnections(path: path))
    }
}

struct SQLiteWriterDriver: DatabaseDriver {
    let inner: any DatabaseDriver
    let threads: NIOThreadPool
    /// Read connections that keep the busiest statements prepared (`KeptRead`).
    let reads: SQLiteReadConnections
    /// Connections already given the pragmas, held so that an address is never reused.
    let prepared = SQLiteConnectionsPrepared()
    /// This process's writers, one at a time in the order they came.
    let writers = FIFOLocks()

    func makeDatabase(with context: DatabaseContext) -> any Database {
        SQLiteWriterDatabase(
            inner: inner.makeDatabase(with: context), prepared: prepared, writers: writers, reads: reads, bound: false, inTransaction: false)
    }

    func shutdown() {
        reads.close()
        inner.shutdown()
        try? threads.syncShutdownGracefully()
    }

    func shutdownAsync() async {
        reads.close()
        await inner.shutdownAsync()
        try? await threads.shutdownGracefully()
    }
}

/// The connections that have had `SQLiteTuning.connectionPragmas` run on them.
final class SQLiteConnectionsPrepared: Sendable {
    private let connections = NIOLockedValueBox<[ObjectIdentifier: SQLiteConnection]>([:])

    func prepare(_ database: any Database) async throws {
        guard let sqlite = database as? any SQLiteDatabase else { return }
        let connection = try await sqlite.withConnection { $0.eventLoop.makeSucceededFuture($0) }.get()
        let key = ObjectIdentifier(connection)
        guard connections.withLockedValue({ $0[key] == nil }) else { return }
        for pragma in SQLiteTuning.connectionPragmas {
            _ = try await connection.query(pragma).get()
        }
        connections.withLockedValue { $0[key] = connection }
    }
}
