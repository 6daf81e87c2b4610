import CEquitasSQLite
import FluentSQLiteDriver
import Foundation

/// A read-only SQLite connection that keeps its statements prepared, for the reads made on
/// (nearly) every request (`KeptRead`). SQLiteNIO prepares every statement afresh and
/// runs it on a thread of its pool; for the session's statement that was about a tenth of
/// a page's CPU in parsing alone, and as much again in the hop to the pool and back. This
/// connection runs its statement where the caller is, synchronously: under WAL a read
/// never waits for a writer, and its busy timeout is zero, so a read that would wait (a
/// file not yet in WAL, a recovery) answers `nil` at once and the caller reads through the
/// pool as before. Each step in autocommit mode reads the newest committed state, from
/// this process or any other: nothing is cached but the compiled statement.
///
/// Not thread-safe: `SQLiteReadConnections` lends it to one caller at a time.
final class SQLiteReadConnection: @unchecked Sendable {
    private var handle: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    /// Nil when the file cannot be opened for reading.
    init?(path: String) {
        var handle: OpaquePointer?
        // Opened for reading and writing, then told to refuse writes (`query_only`): a
        // connection opened read-only cannot set up WAL's shared memory file if need be.
        let flags = EQUITAS_SQLITE_OPEN_READWRITE | EQUITAS_SQLITE_OPEN_NOMUTEX
        guard sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil) == EQUITAS_SQLITE_OK, let handle else {
            if let handle { sqlite_nio_sqlite3_close_v2(handle) }
            return nil
        }
        self.handle = handle
        sqlite_nio_sqlite3_busy_timeout(handle, 0)
        // Without it every new session's hash bound would compile the statement again
        // (12% of a kept page's CPU, measured).
        guard equitas_sqlite3_keep_plans(handle) == EQUITAS_SQLITE_OK else {
            close()
            return nil
        }
        // The same reading set-up as the pool's connections (SQLiteTuning).
        for pragma in SQLiteTuning.readPragmas where (try? rows(pragma, [])) == nil {
            close()
            return nil
        }
    }

    deinit { close() }

    func close() {
        for statement in statements.values { sqlite_nio_sqlite3_finalize(statement) }
        statements = [:]
        if let handle { sqlite_nio_sqlite3_close_v2(handle) }
        handle = nil
    }

    /// Every row of `sql` (written with `?1`, `?2`… for `binds`), or nil when SQLite is
    /// busy. Throws on any other failure; the connection should then be closed.
    func rows(_ sql: String, _ binds: [SQLiteData]) throws -> [KeptReadRow]? {
        let statement = try prepared(sql)
        defer {
            // Ends the read transaction at once, so that the next step reads afresh and
            // no snapshot holds back the writers' checkpoints.
            sqlite_nio_sqlite3_reset(statement)
            sqlite_nio_sqlite3_clear_bindings(statement)
        }
        for (index, bind) in binds.enumerated() {
            try check(Self.bind(bind, statement, Int32(index + 1)))
        }
        var rows: [KeptReadRow] = []
        var names: [String]?
        while true {
            let step = sqlite_nio_sqlite3_step(statement)
            if step == EQUITAS_SQLITE_DONE { return rows }
            if step == EQUITAS_SQLITE_BUSY || step & 0xff == EQUITAS_SQLITE_BUSY || step & 0xff == EQUITAS_SQLITE_LOCKED { return nil }
            guard step == EQUITAS_SQLITE_ROW else { throw failure(step) }
            let count = sqlite_nio_sqlite3_column_count(statement)
            let columnNames = names ?? (0..<count).map { String(cString: sqlite_nio_sqlite3_column_name(statement, $0)) }
            names = columnNames
            rows.append(KeptReadRow(names: columnNames, values: (0..<count).map { Self.value(statement, $0) }))
        }
    }

    /// How many times SQLite has compiled a kept statement again since it was prepared
    /// (tests check that it does not: the point of keeping it).
    var recompiled: Int {
        statements.values.reduce(0) { $0 + Int(sqlite_nio_sqlite3_stmt_status($1, EQUITAS_SQLITE_STMTSTATUS_REPREPARE, 0)) }
    }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        guard let handle else { throw KeptReadFailure(message: "the read connection is closed") }
        var statement: OpaquePointer?
        let result = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(EQUITAS_SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard result == EQUITAS_SQLITE_OK, let statement else { throw failure(result) }
        statements[sql] = statement
        return statement
    }

    private func check(_ result: Int32) throws {
        guard result == EQUITAS_SQLITE_OK else { throw failure(result) }
    }

    private func failure(_ code: Int32) -> KeptReadFailure {
        let message = handle.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "unknown"
        return KeptReadFailure(message: "SQLite \(code): \(message)")
    }

    /// SQLite copies what it is given (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: equitas_sqlite3_destructor.self)

    private static func bind(_ value: SQLiteData, _ statement: OpaquePointer, _ index: Int32) -> Int32 {
        switch value {
        case .integer(let integer): sqlite_nio_sqlite3_bind_int64(statement, index, Int64(integer))
        case .float(let double): sqlite_nio_sqlite3_bind_double(statement, index, double)
        case .text(let text): sqlite_nio_sqlite3_bind_text(statement, index, text, Int32(text.utf8.count), transient)
        case .blob(let bytes):
            bytes.withUnsafeReadableBytes { sqlite_nio_sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), transient) }
        case .null: sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }

    private static func value(_ statement: OpaquePointer, _ column: Int32) -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(statement, column) {
        case EQUITAS_SQLITE_INTEGER: return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, column)))
        case EQUITAS_SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(statement, column))
        case EQUITAS_SQLITE_TEXT:
            guard let text = sqlite_nio_sqlite3_column_text(statement, column) else { return .text("") }
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case EQUITAS_SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            guard let bytes = sqlite_nio_sqlite3_column_blob(statement, column), count > 0 else { return .blob(ByteBuffer()) }
            return .blob(ByteBuffer(bytes: UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }
}

/// A kept read that SQLite refused for a reason other than being busy.
struct KeptReadFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
