import EquitasCore
import FluentKit
import Foundation

/// What every row of ours shares: a UUID id and a noun for messages ("no finding with id …").
protocol EquitasRow: Model where IDValue == UUID {
    static var noun: String { get }
    init()
}

extension EquitasRow {
    static func require(_ id: UUID, on db: any Database) async throws -> Self {
        guard let row = try await find(id, on: db) else { throw NotFound(entity: noun, id: id) }
        return row
    }

    static func exists(_ id: UUID, on db: any Database) async throws -> Bool {
        try await query(on: db).filter(.id, .equal, id).count() > 0
    }

    /// A filter on `column` being one of `ids`.
    static func among(_ column: FieldKey, _ ids: [UUID]) -> DatabaseQuery.Filter {
        .value(.path([column], schema: schema), .subset(inverse: false), .array(ids.map { .bind($0) }))
    }
}

/// A row that holds one Core value by itself: an organisation, a person.
protocol ValueRow: EquitasRow {
    associatedtype Value: Sendable
    func apply(_ value: Value)
    func value() throws -> Value
}

extension ValueRow {
    init(id: UUID, value: Value) {
        self.init()
        self.id = id
        apply(value)
    }

    func identified() throws -> Identified<Value> {
        Identified(id: try requireID(), value: try value())
    }
}
