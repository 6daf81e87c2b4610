import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("What points at a part goes with it")
struct ChallengePartLinkTests {
    @Test("deleting evidence removes it from the self-assessment entries that cite it")
    func evidenceLinks() async throws {
        try await withWorld { world in
            let evidence = world.parts(EvidenceDocument.self)
            let plan = try await evidence.create(challengeId: world.challenge, EvidenceDocument(title: "Plan", url: "https://example.org/plan.pdf")).id
            let survey = try await evidence.create(challengeId: world.challenge, EvidenceDocument(title: "Survey", kind: .survey, url: "https://example.org/survey.pdf")).id
            let entries = world.parts(SelfAssessmentEntry.self)
            let entry = try await entries.create(
                challengeId: world.challenge,
                SelfAssessmentEntry(criterionId: "communities-1", narrative: "x", evidenceIds: [survey, plan]))

            try await evidence.delete(challengeId: world.challenge, id: survey)

            #expect(try await entries.get(challengeId: world.challenge, id: entry.id).value.evidenceIds == [plan])
            #expect(try await world.rowCounts()["self_assessment_evidence"] == 1)
        }
    }

    @Test("a team member who leaves, or is replaced by someone else, leaves the sessions too")
    func peerLinks() async throws {
        try await withWorld { world in
            let team = world.parts(TeamMember.self)
            let lead = try await team.create(challengeId: world.challenge, TeamMember(personId: world.leadPeer, role: .leadPeer))
            let officer = try await team.create(challengeId: world.challenge, TeamMember(personId: world.officerPeer, role: .officerPeer))
            let sessions = world.parts(ProgrammeSession.self)
            let session = try await sessions.create(
                challengeId: world.challenge,
                ProgrammeSession(
                    start: time("2024-03-12T09:00"), end: time("2024-03-12T10:00"), kind: .interview, title: "Leader",
                    peerIds: [world.officerPeer, world.leadPeer]))

            try await team.delete(challengeId: world.challenge, id: lead.id)
            #expect(try await sessions.get(challengeId: world.challenge, id: session.id).value.peerIds == [world.officerPeer])

            let someone = try await PersonStore(db: world.db).create(Person(name: "Cy Test")).id
            _ = try await team.update(challengeId: world.challenge, id: officer.id, TeamMember(personId: someone, role: .officerPeer))
            #expect(try await sessions.get(challengeId: world.challenge, id: session.id).value.peerIds == [])
            #expect(try await world.rowCounts()["session_peers"] == 0)
        }
    }

    @Test("an evidence file is set only by attachFile and kept through edits")
    func evidenceFile() async throws {
        try await withWorld { world in
            let store = EvidenceStore(db: world.db, catalog: World.catalog)
            let file = StoredFile(filename: "plan.pdf", mediaType: "application/pdf", size: 10, sha256: String(repeating: "0f", count: 32))
            let created = try await store.create(challengeId: world.challenge, EvidenceDocument(title: "Plan", file: file, fileToFollow: true))
            #expect(created.value.file == nil)
            #expect(try await store.get(challengeId: world.challenge, id: created.id).value.file == nil)

            let attached = try await store.attachFile(challengeId: world.challenge, id: created.id, file: file)
            #expect(attached.value.file == file)
            let edited = try await store.update(
                challengeId: world.challenge, id: created.id, EvidenceDocument(title: "Plan 2024", kind: .plan))
            // The stored file is kept, so the edit needs no link.
            #expect(edited.value.file == file)
            #expect(try await store.get(challengeId: world.challenge, id: created.id) == edited)

            let other = try await world.challenges.create(.sample(for: [world.council])).id
            await #expect(throws: NotFound(entity: "evidence document", id: created.id)) {
                try await store.attachFile(challengeId: other, id: created.id, file: file)
            }
            var bad = file
            bad.sha256 = "not a digest"
            let refused = await #expect(throws: ValidationFailure.self) {
                try await store.attachFile(challengeId: world.challenge, id: created.id, file: bad)
            }
            #expect(refused?.path == "file.sha256")
        }
    }
}
