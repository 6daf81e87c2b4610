import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import Logging
import NIOPosix
import Testing

@Suite("Migrating from two processes at once")
struct MigrationLockTests {
    @Test("two migrations started together on an empty database both succeed, and each migration runs once")
    func concurrentMigrations() async throws {
        let database = try await TestDatabase.makeEmpty()
        do {
            // Each run has its own connections, as two starting instances would.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<2 {
                    group.addTask { try await Self.migrate(database.configuration) }
                }
                try await group.waitForAll()
            }
            let (status, applied, distinct) = try await Self.read(database.configuration)
            #expect(status.isCurrent)
            #expect(applied == EquitasDatabase.migrations.count)
            #expect(distinct == EquitasDatabase.migrations.count)
            // A third run, later, finds nothing to do.
            try await Self.migrate(database.configuration)
            #expect(try await Self.read(database.configuration).applied == EquitasDatabase.migrations.count)
        } catch {
            try? await database.destroy()
            throw error
        }
        try await database.destroy()
    }

    static let logger: Logger = {
        var logger = Logger(label: "equitas.migration-lock-test")
        logger.logLevel = .warning
        return logger
    }()

    static func migrate(_ configuration: EquitasPersistence.DatabaseConfiguration) async throws {
        try await withDatabases(configuration) { databases, _ in
            try await EquitasDatabase.migrate(databases, configuration: configuration, logger: logger)
        }
    }

    /// The schema's state, how many rows the migration log holds and how many names.
    static func read(_ configuration: EquitasPersistence.DatabaseConfiguration) async throws -> (status: SchemaStatus, applied: Int, distinct: Int) {
        try await withDatabases(configuration) { _, db in
            let names = try await MigrationLog.query(on: db).all().map(\.name)
            return (try await SchemaStatus.check(on: db), names.count, Set(names).count)
        }
    }

    static func withDatabases<T>(
        _ configuration: EquitasPersistence.DatabaseConfiguration, _ body: (Databases, any Database) async throws -> T
    ) async throws -> T {
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        do {
            try EquitasDatabase.register(configuration, in: databases)
            let db = try #require(databases.database(logger: logger, on: databases.eventLoopGroup.any()))
            let result = try await body(databases, db)
            await databases.shutdownAsync()
            return result
        } catch {
            await databases.shutdownAsync()
            throw error
        }
    }
}
