import EquitasCore
import FluentKit
import FluentPostgresDriver
import Foundation
import SQLKit

/// Writes an import's staff rows inside the caller's transaction, a batch at a time
/// (`StaffRowsText`), building each batch while the database takes in the one before: the
/// two take a core each.
///
/// - SQLite: a statement a batch, `INSERT … SELECT … FROM jsonb_each(?)` over the batch
///   as one bound JSON array. Only awaiting a batch's statement can throw, and that
///   batch is then finished and the next not yet sent, so the transaction rolls back
///   with nothing writing into it.
/// - PostgreSQL: one `COPY staff_records FROM STDIN`, its text sent a batch at a time on
///   the transaction's connection. A row the server refuses ends the copy with its
///   error, and the transaction rolls back with it.
struct StaffRecordWriter {
    let records: [StaffRecord]
    let snapshotId: UUID
    let batchSize: Int
    let progress: (@Sendable (_ written: Int) -> Void)?

    func write(on db: any Database) async throws {
        progress?(0)
        if let postgres = db as? any PostgresDatabase {
            // Inside the transaction the database is bound to its connection: this is it.
            let connection = try await postgres.withConnection { $0.eventLoop.makeSucceededFuture($0) }.get()
            try await copy(on: connection, logger: db.logger)
        } else {
            try await insert(on: try SQLAccess.sql(db))
        }
    }

    private var batches: StrideTo<Int> { stride(from: 0, to: records.count, by: batchSize) }

    private func range(from start: Int) -> Range<Int> { start..<min(start + batchSize, records.count) }

    private func insert(on sql: any SQLDatabase) async throws {
        let columns = StaffRecordColumns.names
        let select = columns.indices.map { "value ->> \($0)" }.joined(separator: ", ")
        // ->> gives a JSON string as text, a number as an integer, true as 1. jsonb_each hands
        // each row over in SQLite's binary JSON, which ->> reads without parsing; json_each
        // wrote each row out as text for ->> to parse again, twice the work.
        let head = "INSERT INTO \(StaffRecordColumns.table) (\(columns.joined(separator: ", "))) SELECT \(select) FROM jsonb_each("
        var rows = StaffRowsText(.json, snapshotId: snapshotId)
        var writing: (task: Task<Void, any Error>, end: Int)?
        for start in batches {
            let range = range(from: start)
            let query: SQLQueryString = "\(unsafeRaw: head)\(bind: String(decoding: rows.batch(records, range), as: UTF8.self)))"
            if let (task, end) = writing {
                try await task.value
                progress?(end)
            }
            writing = (Task { try await sql.raw(query).run() }, range.upperBound)
        }
        if let (task, end) = writing {
            try await task.value
            progress?(end)
        }
    }

    private func copy(on connection: PostgresConnection, logger: Logger) async throws {
        var rows = StaffRowsText(.copy, snapshotId: snapshotId)
        try await connection.copyFrom(table: StaffRecordColumns.table, columns: StaffRecordColumns.names, logger: logger) { writer in
            for start in batches {
                let range = range(from: start)
                try await writer.write(ByteBuffer(bytes: rows.batch(records, range)))
                progress?(range.upperBound)
            }
        }
    }
}
