import FluentKit
import SQLKit

/// The few things Fluent's query builder cannot say (indexes, a case-insensitive
/// search) go through SQLKit, which both drivers speak.
enum SQLAccess {
    struct NotSQL: Error, CustomStringConvertible {
        var description: String { "the database does not speak SQL; Equitas needs SQLite or PostgreSQL" }
    }

    static func sql(_ database: any Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { throw NotSQL() }
        return sql
    }
}
