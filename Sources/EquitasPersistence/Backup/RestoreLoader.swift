import Crypto
import Foundation
import SQLKit

/// The restore's reading of lines after the manifest: tables in the manifest's order,
/// rows inserted a batch at a time, evidence staged, the closing line checked.
struct RestoreLoader {
    let manifest: BackupManifest
    let target: [String: [String: BackupColumnType]]
    let sql: any SQLDatabase
    let staging: URL
    let progress: @Sendable (String) -> Void

    private var tableIndex = -1
    private var rowsInTable = 0
    private var batch: [[any SQLExpression]] = []
    private var ended = false
    private(set) var stagedDigests: [String] = []

    init(
        manifest: BackupManifest, target: [String: [String: BackupColumnType]], sql: any SQLDatabase, staging: URL,
        progress: @escaping @Sendable (String) -> Void
    ) {
        self.manifest = manifest
        self.target = target
        self.sql = sql
        self.staging = staging
        self.progress = progress
    }

    private var table: BackupTableEntry? { manifest.tables.indices.contains(tableIndex) ? manifest.tables[tableIndex] : nil }

    mutating func take(_ data: Data, number: Int, cutShort: Bool, digestBefore: () -> String) async throws {
        guard !ended else { throw BackupError("line \(number) of the backup comes after its closing line") }
        guard let line = try? JSONDecoder().decode(BackupLine.self, from: data) else {
            if cutShort { throw Self.incomplete(after: number - 1) }
            throw BackupError("line \(number) of the backup is damaged (not a backup line)")
        }
        if let name = line.table {
            try await endTable()
            tableIndex += 1
            guard let table, table.name == name else {
                throw BackupError("line \(number): the backup has table \(name) where its manifest lists \(table?.name ?? "no more tables")")
            }
        } else if let values = line.row {
            guard let table else { throw BackupError("line \(number): a row before any table") }
            guard values.count == table.columns.count else {
                throw BackupError("line \(number): a row of \(table.name) with \(values.count) values for \(table.columns.count) columns")
            }
            let types = target[table.name] ?? [:]
            batch.append(try zip(table.columns, values).map { column, value in
                let type = types[column.name] ?? column.type
                guard let bound = value.bind(as: type) else {
                    throw BackupError("line \(number): \(table.name).\(column.name) holds a value that is not a \(type.rawValue)")
                }
                return bound
            })
            rowsInTable += 1
            if batch.count >= BackupFormat.insertBatch(columns: table.columns.count) { try await flush() }
        } else if let file = line.evidence {
            let digest = SHA256.hash(data: file.data).map { String(format: "%02x", $0) }.joined()
            guard digest == file.sha256 else {
                throw BackupError("line \(number): the evidence file \(file.sha256) is damaged (its bytes have another SHA-256)")
            }
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            try file.data.write(to: staging.appendingPathComponent(digest))
            stagedDigests.append(digest)
        } else if let end = line.end {
            try await endTable()
            guard end.lines == number - 1, end.sha256 == digestBefore() else {
                throw BackupError("the backup is damaged: its contents do not match the digest in its closing line")
            }
            ended = true
        } else {
            throw BackupError("line \(number) of the backup is not a row, table, evidence file or closing line")
        }
    }

    mutating func finish(lines: Int) async throws {
        guard ended else { throw Self.incomplete(after: lines) }
        guard tableIndex == manifest.tables.count - 1 else {
            throw BackupError("the backup is damaged: it holds \(tableIndex + 1) of the \(manifest.tables.count) tables its manifest lists")
        }
        guard stagedDigests.count == manifest.evidenceFiles else {
            throw BackupError("the backup is damaged: it holds \(stagedDigests.count) of the \(manifest.evidenceFiles) evidence files its manifest lists")
        }
        progress("evidence files: \(stagedDigests.count)")
    }

    static func incomplete(after lines: Int) -> BackupError {
        BackupError("the backup is incomplete: it stops after line \(lines) without its closing line (was it cut short?)")
    }

    private mutating func endTable() async throws {
        guard let table else { return }
        try await flush()
        guard rowsInTable == table.rows else {
            throw BackupError("the backup is damaged: table \(table.name) has \(rowsInTable) rows, its manifest says \(table.rows)")
        }
        progress("\(table.name): \(rowsInTable) rows")
        rowsInTable = 0
    }

    private mutating func flush() async throws {
        guard let table, !batch.isEmpty else { return }
        let insert = sql.insert(into: table.name).columns(table.columns.map(\.name))
        for values in batch { insert.values(values) }
        try await insert.run()
        batch.removeAll(keepingCapacity: true)
    }
}
