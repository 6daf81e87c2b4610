import FluentKit
import SQLKit

/// The Equitas tables as the database itself describes them (SQLite's `sqlite_master`,
/// PostgreSQL's catalogue), so that a table added by a later migration is backed up
/// without anyone remembering to list it here.
struct BackupSchema {
    struct Table: Equatable {
        var name: String
        var columns: [BackupColumn]
    }

    let sql: any SQLDatabase

    init(_ database: any Database) throws {
        guard let sql = database as? any SQLDatabase else {
            throw BackupError("the database does not speak SQL; Equitas needs SQLite or PostgreSQL")
        }
        self.sql = sql
    }

    var dialect: String { sql.dialect.name }
    var isSQLite: Bool { dialect == "sqlite" }

    /// Fluent's own log (its rows are written by migrating the target), SQLite's
    /// internal tables, the library search index, which triggers rebuild from the
    /// findings, the change counters, which migrating the target starts, and the
    /// workforce tallies, which the profile counts again from the staff records when it
    /// finds none: none of them is data to copy.
    static func isSkipped(_ name: String) -> Bool {
        name == "_fluent_migrations" || name.hasPrefix("sqlite_") || name.hasPrefix("library_search") || name == "change_counters"
            || name == "workforce_tallies"
    }

    /// Every table to copy, parents before children.
    func tables() async throws -> [Table] {
        let names = try await tableNames()
        var tables: [Table] = []
        for name in names {
            tables.append(Table(name: name, columns: try await columns(of: name)))
        }
        return Self.parentsFirst(tables, references: try await references(among: Set(names)))
    }

    func count(_ table: String) async throws -> Int {
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The migrations the database has run, in the order they ran.
    func migrations(on database: any Database) async throws -> [String] {
        try await MigrationLog.query(on: database).sort(\.$batch).sort(\.$createdAt).all().map(\.name)
    }

    private func tableNames() async throws -> [String] {
        if isSQLite {
            let rows = try await sql.raw("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all()
            let entries = try rows.map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "sql", as: String?.self) ?? "") }
            // A virtual table (full-text search) and the shadow tables that hold its index.
            let virtual = entries.filter { $0.1.uppercased().hasPrefix("CREATE VIRTUAL TABLE") }.map(\.0)
            return entries.map(\.0).filter { name in
                !Self.isSkipped(name) && !virtual.contains { name == $0 || name.hasPrefix($0 + "_") }
            }
        }
        let rows = try await sql.raw("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name
            """).all()
        return try rows.map { try $0.decode(column: "table_name", as: String.self) }.filter { !Self.isSkipped($0) }
    }

    private func columns(of table: String) async throws -> [BackupColumn] {
        let described: [(name: String, type: String)]
        if isSQLite {
            described = try await sql.raw("PRAGMA table_info(\(ident: table))").all().map {
                (try $0.decode(column: "name", as: String.self), try $0.decode(column: "type", as: String.self))
            }
        } else {
            // Generated columns are computed by the database and cannot be inserted.
            described = try await sql.raw("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = \(bind: table) AND is_generated = 'NEVER'
                ORDER BY ordinal_position
                """).all().map {
                    (try $0.decode(column: "column_name", as: String.self), try $0.decode(column: "data_type", as: String.self))
                }
        }
        return try described.map { column in
            guard let type = isSQLite ? Self.sqliteType(column.type) : Self.postgresType(column.type) else {
                throw BackupError("column \(table).\(column.name) has the type \(column.type), which a backup cannot carry")
            }
            return BackupColumn(name: column.name, type: type)
        }
    }

    /// Declared types as Fluent's SQLite driver writes them.
    static func sqliteType(_ declared: String) -> BackupColumnType? {
        let type = declared.uppercased()
        if type == "UUID" { return .uuid }
        if type.contains("BOOL") { return .boolean }
        if type.contains("INT") { return .integer }
        if type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB") || type == "JSON" { return .text }
        if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") { return .double }
        if type == "BLOB" { return .blob }
        return nil
    }

    static func postgresType(_ dataType: String) -> BackupColumnType? {
        switch dataType {
        case "uuid": .uuid
        case "text", "character varying", "character": .text
        case "bigint", "integer", "smallint": .integer
        case "boolean": .boolean
        case "double precision", "real": .double
        case "bytea": .blob
        default: nil
        }
    }

    /// Child → the tables its foreign keys point at.
    private func references(among names: Set<String>) async throws -> [String: Set<String>] {
        var references: [String: Set<String>] = [:]
        if isSQLite {
            for name in names {
                let rows = try await sql.raw("PRAGMA foreign_key_list(\(ident: name))").all()
                references[name] = Set(try rows.map { try $0.decode(column: "table", as: String.self) })
            }
        } else {
            let rows = try await sql.raw("""
                SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
                JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE k.contype = 'f' AND n.nspname = current_schema()
                """).all()
            for row in rows {
                references[try row.decode(column: "child", as: String.self), default: []].insert(try row.decode(column: "parent", as: String.self))
            }
        }
        return references
    }

    /// A table comes after every table it references (a reference to itself or to a
    /// skipped table does not count); otherwise by name, so the order is the same every time.
    static func parentsFirst(_ tables: [Table], references: [String: Set<String>]) -> [Table] {
        var remaining = tables.sorted { $0.name < $1.name }
        var placed: Set<String> = []
        var ordered: [Table] = []
        let names = Set(tables.map(\.name))
        while !remaining.isEmpty {
            let ready = remaining.firstIndex { table in
                (references[table.name] ?? []).allSatisfy { $0 == table.name || placed.contains($0) || !names.contains($0) }
            } ?? 0  // a cycle: take the first and let the foreign keys speak
            let table = remaining.remove(at: ready)
            placed.insert(table.name)
            ordered.append(table)
        }
        return ordered
    }
}
