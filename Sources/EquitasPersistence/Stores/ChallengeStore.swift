import EquitasCore
import FluentKit
import Foundation

/// Challenges, checked against their framework and moved through their lifecycle.
/// The parts recorded under a challenge go through `ChallengePartStore`.
public struct ChallengeStore: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    /// Newest first.
    public func list(
        _ page: EquitasCore.PageRequest, status: ChallengeStatus? = nil, organisationId: UUID? = nil, among ids: Set<UUID>? = nil
    ) async throws -> EquitasCore.Page<Identified<Challenge>> {
        let query = ChallengeRow.query(on: db)
        if let ids {
            // Only these (the ones the caller may see); none at all when the set is empty.
            query.filter(ChallengeRow.among(.id, ids.isEmpty ? [UUID()] : Array(ids)))
        }
        if let status {
            query.filter("status", .equal, status.rawValue)
        }
        if let organisationId {
            let ids = try await ChallengeOrganisationRow.query(on: db).filter("organisation_id", .equal, organisationId).all().map(
                \.challengeId)
            query.filter(ChallengeRow.among(.id, ids))
        }
        return try await query.sort("created_at", .descending).sort(.id).page(page) { rows in
            try await ChallengeRows.challenges(rows, on: db)
        }
    }

    public func get(_ id: UUID) async throws -> Identified<Challenge> {
        try await ChallengeRows.challenge(id, on: db)
    }

    /// A new challenge starts in planning; its framework version is pinned (the newest
    /// when none is named).
    public func create(_ value: Challenge, id: UUID = UUID()) async throws -> Identified<Challenge> {
        guard value.status == .planning else {
            throw ValidationFailure(
                path: "status", message: "a new challenge starts in planning, not \(value.status.label); move it on once it exists")
        }
        let catalog = self.catalog
        return try await db.transaction { db in
            let valid = try await ChallengeStore(db: db, catalog: catalog).checkedNew(value, id: id)
            try await ChallengeRows.insert(valid, id: id, on: db)
            return Identified(id: id, value: valid)
        }
    }

    /// Replaces what the caller may change. The framework stays as pinned; a status change
    /// must be one the lifecycle allows; the organisations and modules are replaced whole.
    public func update(_ id: UUID, _ value: Challenge) async throws -> Identified<Challenge> {
        let catalog = self.catalog
        return try await db.transaction { db in
            let store = ChallengeStore(db: db, catalog: catalog)
            let row = try await ChallengeRow.require(id, on: db)
            let stored = try await ChallengeRows.challenges([row], on: db)[0].value
            let valid = try await store.checkedChange(from: stored, to: value, id: id)
            try await ChallengeRows.replace(row, with: valid, on: db)
            return Identified(id: id, value: valid)
        }
    }

    public func transition(_ id: UUID, to status: ChallengeStatus) async throws -> Identified<Challenge> {
        try await db.transaction { db in
            let row = try await ChallengeRow.require(id, on: db)
            var challenge = try await ChallengeRows.challenges([row], on: db)[0].value
            try ChallengeLifecycle.check(from: challenge.status, to: status, kind: challenge.kind)
            challenge.status = status
            row.status = status.rawValue
            try await row.update(on: db)
            return Identified(id: id, value: challenge)
        }
    }

    /// Removes the challenge and everything recorded under it (the foreign keys cascade).
    public func delete(_ id: UUID) async throws {
        try await db.transaction { db in
            let store = ChallengeStore(db: db, catalog: catalog)
            try await store.forgetFollowers(of: id)
            try await ChallengeRow.require(id, on: db).delete(on: db)
        }
    }
}
