import Crypto
import FluentKit
import Foundation
import SQLKit

/// Loads an `equitas.backup/1` file into a migrated, empty database, from either
/// dialect into either. Every row goes in inside one transaction and the counts and the
/// closing digest are checked before it commits, so a refused or damaged backup leaves
/// nothing; evidence files are staged beside the store and moved in only after the commit.
public struct DatabaseRestore: Sendable {
    public let db: any Database
    public let evidence: EvidenceFileStore

    public init(db: any Database, evidence: EvidenceFileStore) {
        self.db = db
        self.evidence = evidence
    }

    @discardableResult
    public func restore(from url: URL, progress: @escaping @Sendable (String) -> Void = { _ in }) async throws -> BackupManifest {
        let reader = try BackupLineReader(url: url)
        let manifest = try Self.manifest(from: reader)
        let staging = evidence.root.deletingLastPathComponent().appendingPathComponent(".evidence-restore-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        let staged = try await db.transaction { db in
            let schema = try BackupSchema(db)
            try await Self.checkMigrations(manifest, schema: schema, db: db)
            let target = try await Self.checkTarget(manifest, schema: schema)
            var loader = RestoreLoader(manifest: manifest, target: target, sql: schema.sql, staging: staging, progress: progress)
            while let line = try reader.next() {
                try await loader.take(
                    line, number: reader.lineNumber, cutShort: reader.lastLineUnterminated, digestBefore: { reader.digestBeforeLastLine })
            }
            try await loader.finish(lines: reader.lineNumber)
            for entry in manifest.tables {
                let count = try await schema.count(entry.name)
                guard count == entry.rows else {
                    throw BackupError("table \(entry.name) holds \(count) rows after the restore, not the \(entry.rows) the backup lists")
                }
            }
            return loader.stagedDigests
        }
        try moveIntoStore(staged, from: staging)
        // Every finding went into the search index through its triggers: merged into one segment.
        try await LibrarySearchIndex(db: db).optimize()
        return manifest
    }

    static func manifest(from reader: BackupLineReader) throws -> BackupManifest {
        guard let first = try reader.next() else { throw BackupError("the backup file is empty") }
        guard let line = try? JSONDecoder().decode(BackupLine.self, from: first), let manifest = line.manifest else {
            throw BackupError("this is not an Equitas backup: its first line is not an \(BackupFormat.name) manifest")
        }
        guard manifest.format == BackupFormat.name else {
            throw BackupError("the backup's format is \(manifest.format); this build reads \(BackupFormat.name)")
        }
        return manifest
    }

    /// The target must have run exactly the migrations the source had: then every table
    /// and column matches.
    static func checkMigrations(_ manifest: BackupManifest, schema: BackupSchema, db: any Database) async throws {
        let applied = Set(try await schema.migrations(on: db))
        let backedUp = Set(manifest.migrations)
        let onlyInBackup = manifest.migrations.filter { !applied.contains($0) }
        if !onlyInBackup.isEmpty {
            throw BackupError("the backup was made by a newer Equitas (its schema has \(onlyInBackup.joined(separator: ", ")), which this one lacks); restore it with that version or later")
        }
        let onlyHere = try await schema.migrations(on: db).filter { !backedUp.contains($0) }
        if !onlyHere.isEmpty {
            throw BackupError("the backup was made by an older Equitas (its schema lacks \(onlyHere.joined(separator: ", "))); restore it with that version into a new database, then run `equitas migrate` with this one")
        }
    }

    /// The target's columns by table, after checking that the target has every table and
    /// column the backup has and holds no rows at all.
    static func checkTarget(_ manifest: BackupManifest, schema: BackupSchema) async throws -> [String: [String: BackupColumnType]] {
        let tables = try await schema.tables()
        var holding: [String] = []
        for table in tables {
            let count = try await schema.count(table.name)
            if count > 0 { holding.append("\(table.name): \(count)") }
        }
        guard holding.isEmpty else {
            throw BackupError("the database is not empty (rows in \(holding.joined(separator: ", "))): restore only into a new database")
        }
        let target = Dictionary(tables.map { ($0.name, Dictionary($0.columns.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })) }, uniquingKeysWith: { a, _ in a })
        for entry in manifest.tables {
            guard let columns = target[entry.name] else { throw BackupError("the backup has a table \(entry.name) that this database lacks") }
            for column in entry.columns where columns[column.name] == nil {
                throw BackupError("the backup has a column \(entry.name).\(column.name) that this database lacks")
            }
        }
        return target
    }

    private func moveIntoStore(_ digests: [String], from staging: URL) throws {
        let manager = FileManager.default
        for digest in digests {
            let target = evidence.url(sha256: digest)
            if manager.fileExists(atPath: target.path) { continue }
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.moveItem(at: staging.appendingPathComponent(digest), to: target)
        }
    }
}
