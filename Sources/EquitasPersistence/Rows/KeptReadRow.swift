import FluentSQLiteDriver
import SQLKit

/// A row read by a `SQLiteReadConnection`, decoded as SQLiteKit decodes the pool's rows
/// (the same `SQLiteDataDecoder`), so a kept read and a pooled one give the same values.
struct KeptReadRow: SQLRow {
    let names: [String]
    let values: [SQLiteData]

    var allColumns: [String] { names }

    func contains(column: String) -> Bool { names.contains(column) }

    func decodeNil(column: String) throws -> Bool { value(column) == .null }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        guard let value = value(column) else { throw MissingColumn(column: column) }
        return try SQLiteDataDecoder().decode(D.self, from: value)
    }

    private func value(_ column: String) -> SQLiteData? {
        names.firstIndex(of: column).map { values[$0] }
    }

    struct MissingColumn: Error, CustomStringConvertible {
        var column: String
        var description: String { "the row has no column \(column)" }
    }
}
