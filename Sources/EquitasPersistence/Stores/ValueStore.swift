import EquitasCore
import FluentKit
import FluentSQL
import Foundation

/// Reading and writing rows that hold one value each, shared by the organisation and
/// person stores; each adds its own rules around these.
struct ValueStore<Row: ValueRow>: Sendable {
    let db: any Database

    func get(_ id: UUID) async throws -> Identified<Row.Value> {
        try await Row.require(id, on: db).identified()
    }

    /// Sorted by name, then id, so that the order is total.
    func list(_ request: EquitasCore.PageRequest, _ query: QueryBuilder<Row>) async throws -> EquitasCore.Page<Identified<Row.Value>> {
        try await query.sort("name").sort(.id).page(request) { rows in try rows.map { try $0.identified() } }
    }

    func insert(_ value: Row.Value, id: UUID) async throws -> Identified<Row.Value> {
        guard try await !Row.exists(id, on: db) else {
            throw ValidationFailure(path: "id", message: "\(id.uuidString.lowercased()) is already used by another \(Row.noun)")
        }
        try await Row(id: id, value: value).create(on: db)
        return Identified(id: id, value: value)
    }

    func replace(_ id: UUID, with value: Row.Value) async throws -> Identified<Row.Value> {
        let row = try await Row.require(id, on: db)
        row.apply(value)
        try await row.update(on: db)
        return Identified(id: id, value: value)
    }

    /// A case-insensitive search for `text` anywhere in `column`. `%`, `_` and `!` in the
    /// text match themselves. (SQLite lower-cases ASCII letters only; PostgreSQL all.)
    static func contains(_ text: String, in column: String) -> DatabaseQuery.Filter {
        var pattern = ""
        for character in text.lowercased() {
            if "%_!".contains(character) { pattern.append("!") }
            pattern.append(character)
        }
        return .sql(embed: "lower(\(ident: Row.schema).\(ident: column)) LIKE \(bind: "%" + pattern + "%") ESCAPE '!'")
    }
}

extension ValueStore {
    /// The values with these ids, in this order.
    func all(_ ids: [UUID]) async throws -> [Identified<Row.Value>] {
        guard !ids.isEmpty else { return [] }
        let rows = try await Row.query(on: db).filter(Row.among(.id, ids)).all()
        let byId = Dictionary(uniqueKeysWithValues: try rows.map { (try $0.requireID(), $0) })
        return try ids.map { id in
            guard let row = byId[id] else { throw NotFound(entity: Row.noun, id: id) }
            return try row.identified()
        }
    }

    /// Fails on the first id that names nothing, as `path[index]`.
    func checkExist(_ ids: [UUID], path: String) async throws {
        guard !ids.isEmpty else { return }
        let found = Set(try await Row.query(on: db).filter(Row.among(.id, ids)).all().map { try $0.requireID() })
        if let index = ids.firstIndex(where: { !found.contains($0) }) {
            throw ValidationFailure(path: "\(path)[\(index)]", message: NotFound(entity: Row.noun, id: ids[index]).description)
        }
    }
}
