import EquitasPersistence
import FluentKit
import Foundation
import Logging
import NIOPosix

/// A fresh, already-migrated database for one test: a copy of a migrated SQLite file,
/// or, when EQUITAS_TEST_DATABASE_URL names a PostgreSQL server, a database cloned from
/// a migrated template. Migrations run once per test process either way.
public struct TestDatabase: Sendable {
    /// A postgres:// URL to a server where tests may create and drop databases.
    public static let urlVariable = "EQUITAS_TEST_DATABASE_URL"

    public let configuration: EquitasPersistence.DatabaseConfiguration
    let postgresAdminURL: String?

    public static func make() async throws -> TestDatabase {
        if let admin = ProcessInfo.processInfo.environment[urlVariable], !admin.isEmpty {
            // Released by `destroy`, which every path that makes a database reaches.
            await TestDatabaseGate.postgres.enter()
            do {
                return TestDatabase(
                    configuration: .postgres(url: try await PostgresTemplate.shared.clone(adminURL: admin)), postgresAdminURL: admin)
            } catch {
                await TestDatabaseGate.postgres.leave()
                throw error
            }
        }
        return TestDatabase(configuration: .sqlite(path: try await SQLiteTemplate.shared.copy()), postgresAdminURL: nil)
    }

    /// A fresh database on which no migration has run, for tests of migrating and of
    /// refusing to start without a schema.
    public static func makeEmpty() async throws -> TestDatabase {
        if let admin = ProcessInfo.processInfo.environment[urlVariable], !admin.isEmpty {
            await TestDatabaseGate.postgres.enter()
            do {
                return TestDatabase(configuration: .postgres(url: try await PostgresTemplate.shared.empty(adminURL: admin)), postgresAdminURL: admin)
            } catch {
                await TestDatabaseGate.postgres.leave()
                throw error
            }
        }
        return TestDatabase(configuration: .sqlite(path: SQLiteTemplate.temporaryPath("equitas-empty-\(UUID().uuidString)")), postgresAdminURL: nil)
    }

    /// Deletes the database: the SQLite file (with its journal files), or the PostgreSQL database.
    public func destroy() async throws {
        switch configuration {
        case .sqlite(let path):
            for suffix in ["", "-wal", "-shm", "-journal", ".migration-lock"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.removeItem(atPath: path + suffix)
            }
        case .postgres(let url):
            if let admin = postgresAdminURL {
                defer { Task { await TestDatabaseGate.postgres.leave() } }
                try await PostgresTemplate.shared.drop(url: url, adminURL: admin)
            }
        }
    }

    /// Runs `body` with a connection to a fresh database, then shuts it down and deletes it.
    public static func withDatabase<T>(_ body: (any Database) async throws -> T) async throws -> T {
        let database = try await make()
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        do {
            try EquitasDatabase.register(database.configuration, in: databases)
            guard let db = databases.database(logger: logger, on: databases.eventLoopGroup.any()) else {
                throw TestDatabaseError("the test database could not be opened")
            }
            let result = try await body(db)
            await databases.shutdownAsync()
            try await database.destroy()
            return result
        } catch {
            await databases.shutdownAsync()
            try? await database.destroy()
            throw error
        }
    }

    static let logger: Logger = {
        var logger = Logger(label: "equitas.test-database")
        logger.logLevel = .warning
        return logger
    }()

    /// Opens `configuration`, runs `body` on it and shuts the connections down, for the
    /// one-off work of building templates.
    public static func using<T: Sendable>(
        _ configuration: EquitasPersistence.DatabaseConfiguration, _ body: @Sendable (Databases, any Database) async throws -> T
    ) async throws -> T {
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        do {
            try EquitasDatabase.register(configuration, in: databases)
            guard let db = databases.database(logger: logger, on: databases.eventLoopGroup.any()) else {
                throw TestDatabaseError("\(configuration) could not be opened")
            }
            let result = try await body(databases, db)
            await databases.shutdownAsync()
            return result
        } catch {
            await databases.shutdownAsync()
            throw error
        }
    }
}

struct TestDatabaseError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
