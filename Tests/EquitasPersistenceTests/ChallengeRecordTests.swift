import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import Testing

@Suite("Whole challenge records")
struct ChallengeRecordTests {
    @Test("a record inserted reads back identical, every list in its order")
    func roundTrip() async throws {
        try await withWorld { world in
            let record = try await sample(in: world)
            let id = try await world.challenges.insert(record: record)
            #expect(id == record.challenge.id)
            let stored = try await world.challenges.record(id)
            #expect(stored == record)
            #expect(stored.organisations.map(\.id) == [world.council, world.partner, world.peerBody])
            #expect(stored.evidence[0].value.file?.filename == "strategy.pdf")
        }
    }

    @Test("a record from the part stores lists its organisations, then the team's")
    func recordOfStoredParts() async throws {
        try await withWorld { world in
            try await TestRecord.fillParts(of: world.challenge, in: world)
            let record = try await world.challenges.record(world.challenge)
            #expect(record.organisations.map(\.id) == [world.council, world.partner, world.peerBody])
            #expect(record.people.map(\.id) == [world.leadPeer, world.officerPeer])
            #expect(record.evidence.map(\.value.title) == ["Equality strategy", "Workforce profile"])
            #expect(record.selfAssessment[0].value.evidenceIds == record.evidence.map(\.id))
            #expect(record.programme[0].value.peerIds == [world.leadPeer, world.officerPeer])
            #expect(record.findings.count == 2)
            #expect(record.recommendations.map(\.value.number) == [1])
        }
    }

    @Test("a bad part names its place in the record and leaves no row behind, even the importer's")
    func refusedWhole() async throws {
        try await TestDatabase.withDatabase { db in
            let failure = await #expect(throws: ValidationFailure.self) {
                try await db.transaction { db in
                    let world = try await World.make(on: db)
                    var record = try await sample(in: world)
                    record.findings[5].value.text = "   "
                    return try await world.challenges.insert(record: record)
                }
            }
            #expect(failure?.path == "findings[5].text")
            let counts = try await TestDatabase.rowCounts(on: db)
            #expect(counts.values.allSatisfy { $0 == 0 }, "\(counts)")
        }
    }

    @Test("each kind of part is checked, with its path", arguments: RecordFault.allCases)
    func refusedPart(fault: RecordFault) async throws {
        try await withWorld { world in
            var record = try await sample(in: world)
            fault.apply(to: &record, in: world)
            let before = try await world.rowCounts()
            let failure = await #expect(throws: ValidationFailure.self) { try await world.challenges.insert(record: record) }
            #expect(failure?.path == fault.rawValue, "\(failure?.description ?? "")")
            #expect(try await world.rowCounts() == before)
        }
    }

    private func sample(in world: World) async throws -> ChallengeRecord {
        let organisations = try await [world.council, world.partner, world.peerBody].asyncMap {
            try await OrganisationStore(db: world.db).get($0)
        }
        let people = try await [world.leadPeer, world.officerPeer].asyncMap { try await PersonStore(db: world.db).get($0) }
        return TestRecord.sample(in: world, organisations: organisations, people: people)
    }
}

/// One thing wrong in a record, named by the path of the failure it causes.
enum RecordFault: String, CaseIterable, Sendable {
    case teamTwice = "team[1].person_id"
    case evidenceLink = "evidence[1].url"
    case evidenceFile = "evidence[0].file.sha256"
    case citesUnknownEvidence = "self_assessment[0].evidence_ids[0]"
    case unknownPeer = "programme[1].peer_ids[0]"
    case strangerOrganisation = "findings[2].organisation_id"
    case numberTwice = "recommendations[1].number"
    case unknownModule = "challenge.modules[0].id"
    case challengeIdTaken = "challenge.id"
    case unknownOrganisation = "organisations[2]"
    case unknownPerson = "people[0]"
    case partIdTwice = "findings[1].id"

    func apply(to record: inout ChallengeRecord, in world: World) {
        switch self {
        case .teamTwice: record.team[1].value.personId = record.team[0].value.personId
        case .evidenceLink: record.evidence[1].value.url = "ftp://example.org"
        case .evidenceFile: record.evidence[0].value.file?.sha256 = "../../etc/passwd"
        case .citesUnknownEvidence: record.selfAssessment[0].value.evidenceIds[0] = UUID()
        case .unknownPeer: record.programme[1].value.peerIds[0] = UUID()
        case .strangerOrganisation: record.findings[2].value.organisationId = UUID()
        case .numberTwice: record.recommendations[1].value.number = 1
        case .unknownModule: record.challenge.value.modules[0].id = "leadership"
        case .challengeIdTaken: record.challenge.id = world.challenge
        case .unknownOrganisation: record.organisations[2].id = UUID()
        case .unknownPerson: record.people[0].id = UUID()
        case .partIdTwice: record.findings[1].id = record.findings[0].id
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async throws -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
