import FluentKit
import Foundation
import SQLKit

/// Writes `equitas.backup/1` (see BackupFormat): every Equitas table read in pages
/// inside one read-only transaction, so the copy is of one moment even while the
/// server is writing, then every evidence file.
public struct DatabaseBackup: Sendable {
    public let db: any Database
    public let evidence: EvidenceFileStore

    public init(db: any Database, evidence: EvidenceFileStore) {
        self.db = db
        self.evidence = evidence
    }

    /// Writes the backup to `url` (replacing it only when complete) and returns its
    /// manifest. `progress` hears a line per table and for the evidence files.
    @discardableResult
    public func write(to url: URL, progress: @escaping @Sendable (String) -> Void = { _ in }) async throws -> BackupManifest {
        let writer = try BackupFileWriter(target: url)
        do {
            let evidence = self.evidence
            let manifest = try await db.readingSnapshot { db in
                let schema = try BackupSchema(db)
                if !schema.isSQLite {
                    // One snapshot for every query; SQLite's read transaction is one already.
                    try await schema.sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
                }
                let tables = try await schema.tables()
                var entries: [BackupTableEntry] = []
                for table in tables {
                    entries.append(BackupTableEntry(name: table.name, rows: try await schema.count(table.name), columns: table.columns))
                }
                let digests = try evidence.storedDigests()
                let manifest = BackupManifest(
                    format: BackupFormat.name, migrations: try await schema.migrations(on: db),
                    createdAt: ISO8601DateFormatter().string(from: Date()), sourceDialect: schema.dialect,
                    tables: entries, evidenceFiles: digests.count)
                try writer.write(BackupLine(manifest: manifest))
                for (table, entry) in zip(tables, entries) {
                    try writer.write(BackupLine(table: table.name))
                    let written = try await Self.copyRows(of: table, schema: schema, to: writer)
                    guard written == entry.rows else {
                        throw BackupError("table \(table.name) changed while it was read (\(entry.rows) rows counted, \(written) read)")
                    }
                    progress("\(table.name): \(written) rows")
                }
                for digest in digests {
                    try writer.write(BackupLine(evidence: BackupEvidence(sha256: digest, data: try evidence.read(sha256: digest))))
                }
                progress("evidence files: \(digests.count)")
                return manifest
            }
            try writer.finish()
            return manifest
        } catch {
            writer.abandon()
            throw error
        }
    }

    /// Pages through the table by id (each page starts after the last id seen, so a page
    /// costs the same however far in it is); a table without `id` pages by offset.
    static func copyRows(of table: BackupSchema.Table, schema: BackupSchema, to writer: BackupFileWriter) async throws -> Int {
        let columns = table.columns
        let byId = columns.first { $0.name == "id" && $0.type == .uuid }
        var written = 0
        var lastId: UUID?
        while true {
            let query = schema.sql.select().columns(columns.map { SQLColumn($0.name) }).from(table.name).limit(BackupFormat.readPage)
            if byId != nil {
                if let lastId { query.where("id", .greaterThan, SQLBind(lastId)) }
                query.orderBy("id")
            } else {
                query.orderBy(SQLColumn(columns[0].name)).offset(written)
            }
            let rows = try await query.all()
            for row in rows {
                try writer.write(BackupLine(row: try columns.map { try BackupValue.read($0, from: row) }))
            }
            written += rows.count
            if byId != nil, let last = rows.last { lastId = try last.decode(column: "id", as: UUID.self) }
            if rows.count < BackupFormat.readPage { return written }
        }
    }
}

extension EvidenceFileStore {
    /// The SHA-256 of every stored file, sorted; anything else in the folder is not evidence.
    func storedDigests() throws -> [String] {
        let manager = FileManager.default
        guard let folders = try? manager.contentsOfDirectory(atPath: root.path) else { return [] }
        var digests: [String] = []
        for folder in folders where folder.count == 2 {
            let files = (try? manager.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            digests += files.map { folder + $0 }.filter(Self.isDigest)
        }
        return digests.sorted()
    }
}
