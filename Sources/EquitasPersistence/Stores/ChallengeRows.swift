import EquitasCore
import FluentKit
import Foundation

/// A challenge is three tables: its own row, its organisations and its modules. These
/// read and write the three together.
enum ChallengeRows {
    /// The challenges these rows hold, in the same order, reading the child tables once
    /// for all of them.
    static func challenges(_ rows: [ChallengeRow], on db: any Database) async throws -> [Identified<Challenge>] {
        let ids = try rows.map { try $0.requireID() }
        guard !ids.isEmpty else { return [] }
        let organisations = try await ChallengeOrganisationRow.query(on: db)
            .filter(ChallengeOrganisationRow.among("challenge_id", ids)).sort("position").sort(.id).all()
        let modules = try await ChallengeModuleRow.query(on: db)
            .filter(ChallengeModuleRow.among("challenge_id", ids)).sort("position").sort(.id).all()
        let organisationsByChallenge = Dictionary(grouping: organisations, by: \.challengeId)
        let modulesByChallenge = Dictionary(grouping: modules, by: \.challengeId)
        return try rows.map { row in
            let id = try row.requireID()
            let challenge = try row.challenge(
                organisationIds: organisationsByChallenge[id, default: []].map(\.organisationId),
                modules: try modulesByChallenge[id, default: []].map { try $0.scope() })
            return Identified(id: id, value: challenge)
        }
    }

    static func challenge(_ id: UUID, on db: any Database) async throws -> Identified<Challenge> {
        try await challenges([ChallengeRow.require(id, on: db)], on: db)[0]
    }

    /// Writes a new challenge's rows. The caller has validated it.
    static func insert(_ challenge: Challenge, id: UUID, on db: any Database) async throws {
        try await ChallengeRow(id: id, challenge: challenge).create(on: db)
        try await insertChildren(of: id, challenge, on: db)
    }

    /// Rewrites a stored challenge's rows: its organisations and modules are replaced whole.
    static func replace(_ row: ChallengeRow, with challenge: Challenge, on db: any Database) async throws {
        let id = try row.requireID()
        row.apply(challenge)
        try await row.update(on: db)
        try await ChallengeOrganisationRow.query(on: db).filter("challenge_id", .equal, id).delete()
        try await ChallengeModuleRow.query(on: db).filter("challenge_id", .equal, id).delete()
        try await insertChildren(of: id, challenge, on: db)
    }

    private static func insertChildren(of id: UUID, _ challenge: Challenge, on db: any Database) async throws {
        let organisations = challenge.organisationIds.enumerated().map { position, organisation in
            ChallengeOrganisationRow(challengeId: id, organisationId: organisation, position: position)
        }
        let modules = challenge.modules.enumerated().map { position, scope in
            ChallengeModuleRow(challengeId: id, scope: scope, position: position)
        }
        if !organisations.isEmpty { try await organisations.create(on: db) }
        if !modules.isEmpty { try await modules.create(on: db) }
    }
}
