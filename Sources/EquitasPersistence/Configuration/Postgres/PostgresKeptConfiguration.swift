import FluentKit
import FluentPostgresDriver
import Logging
import NIOConcurrencyHelpers

/// Fluent's PostgreSQL driver, with Equitas's own connections for the kept statements
/// beside its pool (`PostgresKeptReads`). The databases it hands out are Fluent's own;
/// `KeptRead` finds the kept connections through their context's configuration.
struct PostgresKeptConfiguration: FluentKit.DatabaseConfiguration {
    var inner: any FluentKit.DatabaseConfiguration
    let postgres: SQLPostgresConfiguration
    /// Made with the driver, so that each registration (each server, each test's pool)
    /// has connections of its own, closed with it.
    let reads = KeptReadsBox()

    var middleware: [any AnyModelMiddleware] {
        get { inner.middleware }
        set { inner.middleware = newValue }
    }

    init(_ configuration: SQLPostgresConfiguration) {
        postgres = configuration
        inner = DatabaseConfigurationFactory.postgres(
            configuration: configuration, maxConnectionsPerEventLoop: PostgresTuning.connectionsPerEventLoop,
            connectionPoolTimeout: .seconds(SQLiteTuning.connectionWaitSeconds)
        ).make()
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        let reads = PostgresKeptReads(configuration: postgres, group: databases.eventLoopGroup, logger: Logger(label: "equitas.kept-reads"))
        self.reads.set(reads)
        return PostgresKeptDriver(inner: inner.makeDriver(for: databases), reads: reads)
    }
}

/// The kept statements' own connections of the registered database, reachable without
/// making a database value: for the session read every signed-in request makes first.
/// Nil on SQLite, whose kept reads live in its database value (`SQLiteWriterDatabase`).
public struct KeptReads: Sendable {
    let box: KeptReadsBox

    public static func of(_ databases: Databases) -> KeptReads? {
        (databases.configuration() as? PostgresKeptConfiguration).map { KeptReads(box: $0.reads) }
    }

    /// Where a request's reads run: the connections of its event loop.
    public struct Place: Sendable {
        let reads: KeptReads
        let eventLoop: any EventLoop

        public init(_ reads: KeptReads, on eventLoop: any EventLoop) {
            self.reads = reads
            self.eventLoop = eventLoop
        }
    }
}

/// Where the configuration finds the kept connections its driver made.
final class KeptReadsBox: Sendable {
    private let box = NIOLockedValueBox<PostgresKeptReads?>(nil)
    var reads: PostgresKeptReads? { box.withLockedValue { $0 } }
    func set(_ reads: PostgresKeptReads) { box.withLockedValue { $0 = reads } }
}

struct PostgresKeptDriver: DatabaseDriver {
    let inner: any DatabaseDriver
    let reads: PostgresKeptReads

    func makeDatabase(with context: DatabaseContext) -> any Database { inner.makeDatabase(with: context) }

    func shutdown() {
        reads.closeSoon()
        inner.shutdown()
    }

    func shutdownAsync() async {
        await reads.close()
        await inner.shutdownAsync()
    }
}
