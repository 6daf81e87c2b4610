import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import FluentSQLiteDriver
import Foundation
import Logging
import NIOPosix
import SQLKit
import Testing

@Suite("Many writers at once")
struct ConcurrentWritersTests {
    @Test("transactions that read and then write, from every connection of an instance at once, all succeed and all are kept")
    func readThenWrite() async throws {
        let database = try await TestDatabase.make()
        do {
            try await Self.withInstances(database.configuration, count: 1) { dbs in
                let first = try await OrganisationStore(db: dbs[0]).create(Organisation(name: "Contended Council", type: .districtCouncil))
                let writes = 80
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for i in 0..<writes {
                        let db = dbs[i % dbs.count]
                        group.addTask {
                            // Updating reads the row, then writes it: the pattern that deadlocked
                            // two deferred transactions on SQLite.
                            if i.isMultiple(of: 2) {
                                _ = try await OrganisationStore(db: db).update(first.id, Organisation(name: "Contended Council \(i)", type: .districtCouncil))
                            } else {
                                try await db.transaction { tx in
                                    _ = try await OrganisationStore(db: tx).list(try EquitasCore.PageRequest(per: 10))
                                    _ = try await OrganisationStore(db: tx).create(Organisation(name: "Written \(i)", type: .districtCouncil))
                                }
                            }
                        }
                    }
                    try await group.waitForAll()
                }
                let names = try await OrganisationStore(db: dbs[0]).list(try EquitasCore.PageRequest(per: 200), nameContains: "Written").items.map(\.value.name)
                #expect(names.filter { $0.hasPrefix("Written ") }.count == writes / 2)
            }
        } catch {
            try? await database.destroy()
            throw error
        }
        try await database.destroy()
    }

    @Test("SQLite runs in WAL mode with a busy timeout on every connection")
    func walMode() async throws {
        try await TestDatabase.withDatabase { db in
            guard case .some("sqlite") = (db as? any SQLDatabase)?.dialect.name else { return }  // PostgreSQL: nothing to see
            let sql = try #require(db as? any SQLDatabase)
            let mode = try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
            #expect(mode == "wal")
            let timeout = try await sql.raw("PRAGMA busy_timeout").first()?.decode(column: "timeout", as: Int.self)
            #expect(timeout == SQLiteTuning.busyTimeoutMilliseconds)
        }
    }

    @Test("a database too busy to take a write is recognised, so the web answers 503 rather than 500")
    func busy() async throws {
        #expect(DatabaseBusy.matches(try await SQLiteBusyError.make()))
        #expect(!DatabaseBusy.matches(NotFound(entity: "organisation", id: UUID())))
    }

    /// `count` sets of connections to one database, as that many instances would have,
    /// with a database on every event loop of each.
    static func withInstances(
        _ configuration: EquitasPersistence.DatabaseConfiguration, count: Int, _ body: ([any Database]) async throws -> Void
    ) async throws {
        var logger = Logger(label: "equitas.concurrent-writers-test")
        logger.logLevel = .warning
        let instances = (0..<count).map { _ in Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton) }
        do {
            var dbs: [any Database] = []
            for databases in instances {
                try EquitasDatabase.register(configuration, in: databases)
                for loop in databases.eventLoopGroup.makeIterator() {
                    dbs.append(try #require(databases.database(logger: logger, on: loop)))
                }
            }
            try await body(dbs)
        } catch {
            for databases in instances { await databases.shutdownAsync() }
            throw error
        }
        for databases in instances { await databases.shutdownAsync() }
    }
}
