import EquitasCore
import FluentKit
import Foundation

/// The rules every kind of challenge part shares, written once: a part is reached only
/// through its own challenge, is validated against that challenge inside the transaction
/// that writes it, and keeps its place in the list.
struct PartTable<Row: ChallengePartRow>: Sendable {
    let db: any Database
    let catalog: FrameworkCatalog

    func list(challengeId: UUID, _ request: EquitasCore.PageRequest) async throws -> EquitasCore.Page<Identified<Row.Part>> {
        try await requireChallenge(challengeId)
        return try await ordered(challengeId).page(request) { try await identified($0) }
    }

    func all(challengeId: UUID) async throws -> [Identified<Row.Part>] {
        try await identified(ordered(challengeId).all())
    }

    func get(challengeId: UUID, id: UUID) async throws -> Identified<Row.Part> {
        try await requireChallenge(challengeId)
        return try await identified([row(id, in: challengeId)])[0]
    }

    func create(challengeId: UUID, _ value: Row.Part, id: UUID) async throws -> Identified<Row.Part> {
        try await transaction { table in
            let context = try await ChallengeStore(db: table.db, catalog: table.catalog).context(challengeId)
            try ChallengeLifecycle.checkEditable(context.challenge.status)
            return try await table.insert(
                Row.accepting(value, stored: nil), id: id, challengeId: challengeId, position: nil, context: context)
        }
    }

    func update(challengeId: UUID, id: UUID, _ value: Row.Part) async throws -> Identified<Row.Part> {
        try await transaction { table in
            let context = try await ChallengeStore(db: table.db, catalog: table.catalog).context(challengeId)
            try ChallengeLifecycle.checkEditable(context.challenge.status)
            let row = try await table.row(id, in: challengeId)
            let stored = try await Row.parts(of: [row], on: table.db)[0]
            let part = try Row.accepting(value, stored: stored).validated(in: context)
            try await Row.check(part, id: id, challengeId: challengeId, on: table.db)
            try await row.willChange(from: stored, to: part, on: table.db)
            row.apply(part)
            try await row.update(on: table.db)
            try await row.saveLinks(of: part, on: table.db)
            return Identified(id: id, value: part)
        }
    }

    func delete(challengeId: UUID, id: UUID) async throws {
        try await transaction { table in
            let challenge = try await ChallengeStore(db: table.db, catalog: table.catalog).get(challengeId)
            try ChallengeLifecycle.checkEditable(challenge.value.status)
            let row = try await table.row(id, in: challengeId)
            try await row.willChange(from: Row.parts(of: [row], on: table.db)[0], to: nil, on: table.db)
            try await row.delete(on: table.db)
        }
    }

    /// Stores parts under the ids they carry, in their order, as `insert(record:)` does.
    func insert(_ parts: [Identified<Row.Part>], path: String, challengeId: UUID, context: ChallengeContext) async throws {
        for (index, part) in parts.enumerated() {
            try await nested("\(path)[\(index)]") {
                try await insert(part.value, id: part.id, challengeId: challengeId, position: index, context: context)
            }
        }
    }

    /// Validates and writes one new part; `position` nil puts it at the end.
    func insert(_ value: Row.Part, id: UUID, challengeId: UUID, position: Int?, context: ChallengeContext) async throws -> Identified<
        Row.Part
    > {
        let part = try value.validated(in: context)
        guard try await !Row.exists(id, on: db) else {
            throw ValidationFailure(path: "id", message: "\(id.uuidString.lowercased()) is already used by another \(Row.noun)")
        }
        try await Row.check(part, id: id, challengeId: challengeId, on: db)
        var place = position ?? 0
        if position == nil { place = try await nextPosition(in: challengeId) }
        let row = Row(id: id, challengeId: challengeId, position: place, part: part)
        try await row.create(on: db)
        try await row.saveLinks(of: part, on: db)
        return Identified(id: id, value: part)
    }

    private func transaction<T: Sendable>(_ body: @escaping @Sendable (PartTable) async throws -> T) async throws -> T {
        let catalog = self.catalog
        return try await db.transaction { db in try await body(PartTable(db: db, catalog: catalog)) }
    }

    private func requireChallenge(_ id: UUID) async throws {
        guard try await ChallengeRow.exists(id, on: db) else { throw NotFound(entity: ChallengeRow.noun, id: id) }
    }

    /// The part, if it is one of this challenge's; a part of another challenge is not found.
    private func row(_ id: UUID, in challengeId: UUID) async throws -> Row {
        let row = try await Row.query(on: db).filter(.id, .equal, id).filter("challenge_id", .equal, challengeId).first()
        guard let row else { throw NotFound(entity: Row.noun, id: id) }
        return row
    }

    private func ordered(_ challengeId: UUID) -> QueryBuilder<Row> {
        let query = Row.query(on: db).filter("challenge_id", .equal, challengeId)
        for key in Row.order { query.sort(key) }
        return query.sort(.id)
    }

    private func identified(_ rows: [Row]) async throws -> [Identified<Row.Part>] {
        let parts = try await Row.parts(of: rows, on: db)
        return try zip(rows, parts).map { Identified(id: try $0.requireID(), value: $1) }
    }

    private func nextPosition(in challengeId: UUID) async throws -> Int {
        let last = try await Row.query(on: db).filter("challenge_id", .equal, challengeId)
            .aggregate(.maximum, "position", as: Int?.self).get()
        return (last ?? -1) + 1
    }
}
