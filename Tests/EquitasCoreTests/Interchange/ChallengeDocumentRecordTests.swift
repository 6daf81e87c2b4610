import EquitasCore
import Foundation
import Testing

/// Names to ids and back, through the directory the store hands over.
@Suite("A document as a record")
struct ChallengeDocumentRecordTests {
    @Test("the store is told the organisations and people to find or create, each once")
    func needs() throws {
        var document = try ChallengeDocument.example()
        document.team.append(.init(name: "Pat Singh", organisation: "Ashdown District Council", role: "officer-peer"))

        #expect(
            document.organisationsNeeded == [
                Organisation(name: "Ashdown District Council", type: .districtCouncil, onsCode: "E07000991"),
                Organisation(name: "Wealdmoor Borough Council", type: .boroughCouncil),
                Organisation(name: "Northfield City Council", type: .other),
                Organisation(name: "Eastmere County Council", type: .other),
                Organisation(name: "Local Government Association", type: .other),
            ])
        #expect(
            document.peopleNeeded == [
                .init(name: "Cllr Hannah Okafor", organisation: "Northfield City Council", jobTitle: "Cabinet member for communities"),
                .init(name: "Tom Reyes", organisation: "Eastmere County Council", jobTitle: "Equality and inclusion manager"),
                .init(name: "Sam Whitlock", organisation: "Local Government Association"),
                .init(name: "Jo Park"),
                .init(name: "Pat Singh", organisation: "Ashdown District Council"),
            ])
    }

    @Test("the record holds the challenged organisations first, then the team's, and ids in document order")
    func record() throws {
        let document = try ChallengeDocument.example()
        let ids = IDSequence()
        let directory = ChallengeDirectory.fresh(for: document, newID: ids.next)

        let record = try document.record(directory: directory, newID: ids.next)

        let ashdown = try #require(directory.organisation(named: "Ashdown District Council"))
        let samWhitlock = try #require(directory.person(named: "Sam Whitlock", organisation: "Local Government Association"))
        #expect(record.organisations.map(\.value.name) == document.organisationsNeeded.map(\.name))
        #expect(record.people.map(\.value.name) == ["Cllr Hannah Okafor", "Tom Reyes", "Sam Whitlock", "Jo Park"])
        #expect(record.challenge.id == .numbered(10))
        #expect(record.challenge.value.organisationIds == record.organisations.prefix(2).map(\.id))
        #expect(record.team.map(\.id) == (11...14).map(UUID.numbered))
        #expect(record.findings[1].value.organisationId == ashdown.id)
        #expect(record.findings[0].value.organisationId == nil)
        #expect(record.programme[0].value.peerIds.last == samWhitlock.id)
        #expect(record.selfAssessment[1].value.evidenceIds == [record.evidence[1].id, record.evidence[0].id])
        #expect(record.recommendations.last?.id == .numbered(ids.count))
    }

    @Test("organisations and people already stored keep their ids")
    func existing() throws {
        let document = try ChallengeDocument.example()
        let stored = Identified(id: .numbered(500), value: Organisation(name: "Wealdmoor Borough Council", type: .boroughCouncil))
        let fresh = ChallengeDirectory.fresh(for: document, newID: IDSequence().next)
        let directory = ChallengeDirectory(
            organisations: fresh.organisations.map { $0.value.name == stored.value.name ? stored : $0 }, people: fresh.people)

        let record = try document.record(directory: directory, newID: IDSequence().next)

        #expect(record.challenge.value.organisationIds.last == stored.id)
        #expect(record.recommendations[2].value.organisationId == stored.id)
    }

    @Test("a name the directory lacks is refused with its path")
    func missingFromDirectory() throws {
        let document = try ChallengeDocument.example()
        var directory = ChallengeDirectory.fresh(for: document, newID: IDSequence().next)
        directory.people.removeLast()

        let refused = failure { () throws(ValidationFailure) in try document.record(directory: directory, newID: IDSequence().next) }

        #expect(
            refused == ValidationFailure(path: "team[3].name", message: "\"Jo Park\" is not in the directory of organisations and people"))
    }

    @Test("a record becomes a document with names for ids and every module's level written")
    func fromRecord() throws {
        let ashdown = Identified(id: .numbered(1), value: Organisation(name: "Ashdown District Council", type: .districtCouncil))
        let lga = Identified(id: .numbered(2), value: Organisation(name: "Local Government Association", type: .nationalBody))
        let sam = Identified(id: .numbered(3), value: Person(name: "Sam Whitlock", organisationId: lga.id))
        let challenge = Challenge(
            organisationIds: [ashdown.id], frameworkId: "mock-eflg", frameworkVersion: "2", kind: .selfAssessment,
            modules: [
                ModuleScope(id: "communities", level: "achieving"),
                ModuleScope(id: "workforce", level: "developing", judgement: .notConfirmed),
            ])
        let record = ChallengeRecord(
            challenge: Identified(id: .numbered(4), value: challenge), organisations: [ashdown, lga], people: [sam],
            team: [Identified(id: .numbered(5), value: TeamMember(personId: sam.id, role: .reviewManager))],
            findings: [
                Identified(
                    id: .numbered(6),
                    value: Finding(module: "workforce", kind: .nextLevel, text: "Publish pay gaps.", organisationId: ashdown.id))
            ])

        let document = ChallengeDocument(record: record)

        #expect(document.kind == "self-assessment")
        #expect(document.level == nil)
        #expect(
            document.modules == [
                .init(id: "communities", level: "achieving", judgement: "none"),
                .init(id: "workforce", level: "developing", judgement: "not-confirmed"),
            ])
        #expect(document.organisations == [.init(name: "Ashdown District Council", type: "district-council")])
        #expect(document.team == [.init(name: "Sam Whitlock", organisation: "Local Government Association", role: "review-manager")])
        #expect(
            document.findings == [
                .init(module: "workforce", kind: "next-level", text: "Publish pay gaps.", organisation: "Ashdown District Council")
            ])
    }
}
