import FluentKit
import SQLKit

/// A migration that adds single-column indexes, each named `<table>_<column>_index`.
/// PostgreSQL does not index a foreign key by itself; these cover the columns reads
/// filter by. The list is the migration's own literal, so it never changes after release.
protocol IndexMigration: AsyncMigration {
    static var indexes: [(table: String, column: String)] { get }
}

extension IndexMigration {
    func prepare(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        for (table, column) in Self.indexes {
            try await sql.create(index: "\(table)_\(column)_index").on(table).column(column).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        for (table, column) in Self.indexes {
            try await sql.drop(index: "\(table)_\(column)_index").run()
        }
    }
}
