import EquitasCore
import FluentKit
import Foundation

extension ChallengeStore {
    /// What a part of the challenge is checked against.
    public func context(_ id: UUID) async throws -> ChallengeContext {
        let challenge = try await get(id).value
        let team = try await TeamMemberRow.query(on: db).filter("challenge_id", .equal, id).all()
        let evidence = try await EvidenceRow.query(on: db).filter("challenge_id", .equal, id).all()
        let people = try await PersonRow.query(on: db).all()
        let councils = try await OrganisationRow.query(on: db).filter(OrganisationRow.among("id", challenge.organisationIds)).all()
        return ChallengeContext(
            framework: try pinnedFramework(of: challenge), challenge: challenge,
            teamPersonIds: Set(team.map(\.personId)), evidenceIds: Set(try evidence.map { try $0.requireID() }),
            directoryNames: people.map(\.name),
            people: Dictionary(uniqueKeysWithValues: try people.map { (try $0.requireID(), try $0.value()) }),
            organisationNames: Dictionary(uniqueKeysWithValues: try councils.map { (try $0.requireID(), $0.name) }), isEntry: true)
    }

    /// The challenge and everything recorded under it, each list in its stored order;
    /// for a follow-up, with last time (`earlierCycle(of:)`) unless `withEarlier` is false.
    public func record(_ id: UUID, withEarlier: Bool = true) async throws -> ChallengeRecord {
        let challenge = try await get(id)
        let team = try await table(TeamMemberRow.self).all(challengeId: id)
        let people = try await ValueStore<PersonRow>(db: db).all(team.map(\.value.personId))
        var organisationIds = challenge.value.organisationIds
        for person in people {
            if let organisation = person.value.organisationId, !organisationIds.contains(organisation) {
                organisationIds.append(organisation)
            }
        }
        var earlier: EarlierCycle?
        if withEarlier { earlier = try await earlierCycle(of: challenge.value) }
        return ChallengeRecord(
            challenge: challenge,
            organisations: try await ValueStore<OrganisationRow>(db: db).all(organisationIds),
            people: people,
            team: team,
            evidence: try await table(EvidenceRow.self).all(challengeId: id),
            selfAssessment: try await table(SelfAssessmentRow.self).all(challengeId: id),
            programme: try await table(ProgrammeSessionRow.self).all(challengeId: id),
            findings: try await table(FindingRow.self).all(challengeId: id),
            recommendations: try await table(RecommendationRow.self).all(challengeId: id),
            earlier: earlier)
    }

    /// Stores a whole record under the ids it carries, in one transaction, checking every
    /// part as the part stores would. A failure names the part (`findings[3].text`) and
    /// leaves nothing written. The organisations and people must already exist: the
    /// importer finds or creates them first, inside the same transaction.
    public func insert(record: ChallengeRecord) async throws -> UUID {
        let catalog = self.catalog
        return try await db.transaction { db in
            try await ChallengeStore(db: db, catalog: catalog).write(record)
        }
    }

    private func write(_ record: ChallengeRecord) async throws -> UUID {
        try await ValueStore<OrganisationRow>(db: db).checkExist(record.organisations.map(\.id), path: "organisations")
        try await ValueStore<PersonRow>(db: db).checkExist(record.people.map(\.id), path: "people")
        let id = record.challenge.id
        let (challenge, framework) = try await nested("challenge") { () async throws -> (Challenge, Framework) in
            (try await checkedNew(record.challenge.value, id: id), try self.framework(for: record.challenge.value))
        }
        try await ChallengeRows.insert(challenge, id: id, on: db)
        let context = ChallengeContext(
            framework: framework, challenge: challenge,
            teamPersonIds: Set(record.team.map(\.value.personId)), evidenceIds: Set(record.evidence.map(\.id)))
        try await table(TeamMemberRow.self).insert(record.team, path: "team", challengeId: id, context: context)
        try await table(EvidenceRow.self).insert(record.evidence, path: "evidence", challengeId: id, context: context)
        try await table(SelfAssessmentRow.self).insert(record.selfAssessment, path: "self_assessment", challengeId: id, context: context)
        try await table(ProgrammeSessionRow.self).insert(record.programme, path: "programme", challengeId: id, context: context)
        try await table(FindingRow.self).insert(record.findings, path: "findings", challengeId: id, context: context)
        try await table(RecommendationRow.self).insert(record.recommendations, path: "recommendations", challengeId: id, context: context)
        return id
    }

    private func table<Row: ChallengePartRow>(_: Row.Type) -> PartTable<Row> {
        PartTable(db: db, catalog: catalog)
    }
}

/// Runs `body`, putting any validation failure under `path`.
@discardableResult
func nested<T>(_ path: String, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let failure as ValidationFailure {
        throw failure.nested(under: path)
    }
}
