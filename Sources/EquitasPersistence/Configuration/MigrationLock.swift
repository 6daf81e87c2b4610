import FluentPostgresDriver
import Foundation
import Logging
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lets one process at a time migrate a database, so that two instances starting together
/// (or `equitas migrate` run while one starts) never both create the same table. The
/// second waits, then finds nothing left to do.
///
/// PostgreSQL: a session advisory lock taken on a connection of its own, outside Fluent's
/// pool — the pool's connections run the migrations, and the lock must outlive each of
/// them. The server releases it if the process dies.
///
/// SQLite: an exclusive `flock` on a file beside the database. SQLite's own locking would
/// not do: a `BEGIN IMMEDIATE` held on one connection makes the migrator's connection
/// fail with "database is locked" rather than wait. The kernel drops the lock when the
/// process ends, and `flock` conflicts between two opens in one process too, which is
/// what lets a test run two migrations side by side.
enum MigrationLock {
    /// Any constant shared by every Equitas build: "Equitas" in ASCII.
    static let advisoryKey: Int64 = 0x45_71_75_69_74_61_73

    static func holding<T>(
        for configuration: DatabaseConfiguration, logger: Logger, _ body: () async throws -> T
    ) async throws -> T {
        switch configuration {
        case .postgres(let url):
            let connection = try await PostgresConnections.open(url, logger: logger)
            do {
                try await connection.query("SELECT pg_advisory_lock(\(advisoryKey))", logger: logger)
                let result = try await body()
                try await connection.query("SELECT pg_advisory_unlock(\(advisoryKey))", logger: logger)
                try await connection.close()
                return result
            } catch {
                // Closing the session releases the lock.
                try? await connection.close()
                throw error
            }
        case .sqlite(let path):
            let lockPath = path + ".migration-lock"
            let descriptor = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw DatabaseConfigurationError("cannot open the migration lock \(lockPath): \(String(cString: strerror(errno)))")
            }
            defer { close(descriptor) }
            // flock blocks, so it waits on a thread of its own rather than the caller's.
            let locked = try await NIOThreadPool.singleton.runIfActive { flock(descriptor, LOCK_EX) }
            guard locked == 0 else {
                throw DatabaseConfigurationError("cannot lock \(lockPath) for migrating: \(String(cString: strerror(errno)))")
            }
            defer { flock(descriptor, LOCK_UN) }
            return try await body()
        }
    }
}
