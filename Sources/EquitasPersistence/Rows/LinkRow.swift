import FluentKit
import Foundation

/// A join table row: an owner (a self-assessment entry, a session) pointing at a target
/// (evidence, a person), in the owner's order. Both join tables work the same way, so
/// loading and replacing links is written once here.
protocol LinkRow: EquitasRow {
    static var ownerKey: FieldKey { get }
    var ownerId: UUID { get set }
    var targetId: UUID { get set }
    var position: Int { get set }
}

extension LinkRow {
    /// Each owner's targets, in order; owners with none are absent.
    static func targets(of owners: [UUID], on db: any Database) async throws -> [UUID: [UUID]] {
        guard !owners.isEmpty else { return [:] }
        let rows = try await query(on: db).filter(among(ownerKey, owners)).sort("position").sort(.id).all()
        return Dictionary(grouping: rows, by: \.ownerId).mapValues { $0.map(\.targetId) }
    }

    /// Makes `targets` the owner's links, in that order; a link kept keeps its row.
    static func replace(owner: UUID, targets: [UUID], on db: any Database) async throws {
        let stored = try await query(on: db).filter(ownerKey, .equal, owner).sort("position").sort(.id).all()
        let wanted = targets.enumerated().map { position, target in
            let row = Self()
            row.id = UUID()
            row.ownerId = owner
            row.targetId = target
            row.position = position
            return row
        }
        try await RowListSync.sync(stored, to: wanted, key: \.targetId, copy: { from, to in
            if to.position != from.position { to.position = from.position }
        }, on: db)
    }
}
