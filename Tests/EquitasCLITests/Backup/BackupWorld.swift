import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import EquitasWeb
import FluentKit
import Logging
import Foundation
import NIOPosix
import SQLKit

/// What the backup tests share: the demo with one uploaded evidence file, a fresh
/// SQLite database whatever the suite's database is (so that on PostgreSQL a backup
/// crosses dialects), every export, and scratch folders.
enum BackupWorld {
    static let evidenceBytes = Data("Equality strategy 2025–2029, as uploaded.\n".utf8)

    /// Loads the demo and gives its first evidence item an uploaded file; returns the file's SHA-256.
    @discardableResult
    static func loadDemo(on db: any Database, evidence: EvidenceFileStore) async throws -> String {
        _ = try await DemoLoader.load(on: db, catalog: shippedCatalog)
        return try await addEvidenceFile(on: db, evidence: evidence)
    }

    /// Stores a file and names it on the first evidence item; returns its SHA-256.
    static func addEvidenceFile(on db: any Database, evidence: EvidenceFileStore) async throws -> String {
        let digest = try evidence.put(evidenceBytes)
        let sql = try require(db as? any SQLDatabase)
        let first = try require(try await sql.raw("SELECT id FROM evidence ORDER BY id LIMIT 1").first())
        let id = try first.decode(column: "id", as: UUID.self)
        try await sql.update("evidence")
            .set("filename", to: "strategy.txt").set("media_type", to: "text/plain")
            .set("size", to: evidenceBytes.count).set("sha256", to: digest)
            .where("id", .equal, id).run()
        return digest
    }

    /// Every challenge's and action plan's interchange bytes, by id.
    static func exports(on db: any Database) async throws -> [UUID: Data] {
        var exports: [UUID: Data] = [:]
        for challenge in try await ChallengeStore(db: db, catalog: shippedCatalog).list(try PageRequest(per: 200)).items {
            exports[challenge.id] = try await ChallengeInterchange(db: db, catalog: shippedCatalog).export(challenge.id).encoded()
        }
        for plan in try await ActionPlanStore(db: db, catalog: shippedCatalog).list(try PageRequest(per: 200)).items {
            exports[plan.id] = try await ActionPlanInterchange(db: db, catalog: shippedCatalog).export(plan.id).encoded()
        }
        return exports
    }

    static func totalRows(on db: any Database) async throws -> Int {
        try await TestDatabase.rowCounts(on: db).values.reduce(0, +)
    }

    /// A newly migrated SQLite database in a file of its own, deleted afterwards.
    static func withFreshSQLite<T>(_ body: (any Database) async throws -> T) async throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-backup-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        do {
            try EquitasDatabase.register(.sqlite(path: path), in: databases)
            try await EquitasDatabase.migrate(databases)
            let db = try require(databases.database(logger: Logger(label: "equitas.backup-tests"), on: databases.eventLoopGroup.any()))
            let result = try await body(db)
            await databases.shutdownAsync()
            return result
        } catch {
            await databases.shutdownAsync()
            throw error
        }
    }

    /// A scratch folder, removed afterwards.
    static func withFolder<T>(_ body: (URL) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-backup-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body(folder)
    }
}

/// `#require` outside a test body: a missing value is a failed setup.
private func require<T>(_ value: T?, _ what: String = "a value the setup needs") throws -> T {
    guard let value else { throw BackupWorldError(what) }
    return value
}

struct BackupWorldError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
