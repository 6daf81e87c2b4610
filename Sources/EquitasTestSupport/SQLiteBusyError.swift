import FluentSQLiteDriver
import Foundation
import NIOPosix

/// A real "database is locked" from SQLite, for tests of what a busy database is
/// answered with: one connection holds the write lock while another, told not to wait,
/// asks for it.
public enum SQLiteBusyError {
    public static func make() async throws -> any Error {
        let path = SQLiteTemplate.temporaryPath("equitas-busy-\(UUID().uuidString)")
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        let holder = try await SQLiteConnection.open(storage: .file(path: path), threadPool: .singleton, logger: TestDatabase.logger, on: loop).get()
        let asker = try await SQLiteConnection.open(storage: .file(path: path), threadPool: .singleton, logger: TestDatabase.logger, on: loop).get()
        defer {
            try? holder.close().wait()
            try? asker.close().wait()
        }
        _ = try await holder.query("BEGIN IMMEDIATE").get()
        _ = try await asker.query("PRAGMA busy_timeout = 1").get()
        do {
            _ = try await asker.query("BEGIN IMMEDIATE").get()
        } catch {
            return error
        }
        throw TestDatabaseError("SQLite let a second writer in while the first held the lock")
    }
}
