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
        let organisations = try await ChallengeOrganisationRow.query(on: db).filter("challenge_id", .equal, id).all()
        let modules = try await ChallengeModuleRow.query(on: db).filter("challenge_id", .equal, id).all()
        try await RowListSync.sync(organisations, to: organisationRows(of: id, challenge), key: \.organisationId, copy: { from, to in
            if to.position != from.position { to.position = from.position }
        }, on: db)
        try await RowListSync.sync(modules, to: moduleRows(of: id, challenge), key: \.moduleId, copy: { from, to in
            if to.level != from.level { to.level = from.level }
            if to.judgement != from.judgement { to.judgement = from.judgement }
            if to.conclusion != from.conclusion { to.conclusion = from.conclusion }
            if to.position != from.position { to.position = from.position }
        }, on: db)
    }

    /// One at a time, so that each is recorded in the audit trail (see `RowListSync`).
    private static func insertChildren(of id: UUID, _ challenge: Challenge, on db: any Database) async throws {
        for row in organisationRows(of: id, challenge) { try await row.create(on: db) }
        for row in moduleRows(of: id, challenge) { try await row.create(on: db) }
    }

    private static func organisationRows(of id: UUID, _ challenge: Challenge) -> [ChallengeOrganisationRow] {
        challenge.organisationIds.enumerated().map { position, organisation in
            ChallengeOrganisationRow(challengeId: id, organisationId: organisation, position: position)
        }
    }

    private static func moduleRows(of id: UUID, _ challenge: Challenge) -> [ChallengeModuleRow] {
        challenge.modules.enumerated().map { position, scope in
            ChallengeModuleRow(challengeId: id, scope: scope, position: position)
        }
    }
}
