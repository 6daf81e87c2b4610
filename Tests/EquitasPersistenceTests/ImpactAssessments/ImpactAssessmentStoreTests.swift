import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Impact assessment register")
struct ImpactAssessmentStoreTests {
    static func sample(_ council: UUID, title: String = "Library opening hours") -> ImpactAssessment {
        ImpactAssessment(
            organisationId: council, title: title, service: "Culture and Leisure", proposal: "Close two branches on Mondays.",
            decisionMaker: "Cabinet", decisionDate: CalendarDate("2026-02-01"),
            impacts: [
                CharacteristicImpact(characteristic: "Religion or belief", rating: .neutral),
                CharacteristicImpact(characteristic: "age", rating: .negative, evidence: "Older readers use Monday sessions."),
                CharacteristicImpact(characteristic: "care experience", rating: .unknown),
            ],
            consultation: "Six weeks online and at branches.", mitigations: "A Saturday session.", outcome: .adjust,
            reviewDate: CalendarDate("2027-02-01"), published: true)
    }

    @Test("create, get, list, update and delete round-trip, with an audit line for each write")
    func roundTrip() async throws {
        try await withWorld { world in
            let store = ImpactAssessmentStore(db: world.db)
            let created = try await store.create(Self.sample(world.council))
            #expect(created.value.impacts.map(\.characteristic) == ["religion_or_belief", "age", "care experience"])
            #expect(try await store.get(organisationId: world.council, id: created.id) == created)
            _ = try await store.create(Self.sample(world.council, title: "Adult day services"))
            _ = try await store.create(Self.sample(world.partner, title: "Another council's"))
            #expect(try await store.list(organisationId: world.council).map(\.value.title) == ["Adult day services", "Library opening hours"])

            var changed = created.value
            changed.outcome = nil
            changed.impacts.removeLast()
            changed.published = false
            let updated = try await store.update(organisationId: world.council, id: created.id, changed)
            #expect(try await store.get(organisationId: world.council, id: created.id) == updated)
            #expect(updated.value.outcome == nil && updated.value.impacts.count == 2)

            try await store.delete(organisationId: world.council, id: created.id)
            await #expect(throws: NotFound(entity: "impact assessment", id: created.id)) {
                try await store.get(organisationId: world.council, id: created.id)
            }
            let trail = try await AuditStore(db: world.db).events(recordId: created.id)
            #expect(trail.map(\.action) == [.deleted, .updated, .created], "newest first")
            #expect(trail[1].changes.map(\.field).sorted() == ["impacts", "outcome", "published"])
        }
    }

    @Test("another council's assessment is not found, and cannot be moved between registers")
    func otherCouncil() async throws {
        try await withWorld { world in
            let store = ImpactAssessmentStore(db: world.db)
            let theirs = try await store.create(Self.sample(world.partner))
            let missing = NotFound(entity: "impact assessment", id: theirs.id)
            await #expect(throws: missing) { try await store.get(organisationId: world.council, id: theirs.id) }
            await #expect(throws: missing) { try await store.update(organisationId: world.council, id: theirs.id, Self.sample(world.council)) }
            await #expect(throws: missing) { try await store.delete(organisationId: world.council, id: theirs.id) }
            await #expect(throws: RuleViolation.self) { try await store.update(organisationId: world.partner, id: theirs.id, Self.sample(world.council)) }
            await #expect(throws: NotFound(entity: "organisation", id: world.leadPeer)) { try await store.list(organisationId: world.leadPeer) }
        }
    }

    @Test("refused input writes nothing; a council with assessments cannot be deleted")
    func refused() async throws {
        try await withWorld { world in
            let store = ImpactAssessmentStore(db: world.db)
            let before = try await world.rowCounts()
            var bad = Self.sample(world.council)
            bad.impacts.append(CharacteristicImpact(characteristic: "Age", rating: .positive))
            let failure = await #expect(throws: ValidationFailure.self) { try await store.create(bad) }
            #expect(failure?.path == "impacts[3].characteristic")
            let unknown = await #expect(throws: ValidationFailure.self) { try await store.create(Self.sample(UUID())) }
            #expect(unknown?.path == "organisation_id")
            #expect(try await world.rowCounts() == before)

            _ = try await store.create(Self.sample(world.peerBody))
            await #expect(throws: RuleViolation.self) { try await OrganisationStore(db: world.db).delete(world.peerBody) }
        }
    }

    @Test("evidence may point at an assessment of one of the challenge's councils only, and outlives it")
    func evidence() async throws {
        try await withWorld { world in
            let store = ImpactAssessmentStore(db: world.db)
            let ours = try await store.create(Self.sample(world.council))
            let outsider = try await store.create(Self.sample(world.peerBody))
            let evidence = world.parts(EvidenceDocument.self)
            let attached = try await evidence.create(
                challengeId: world.challenge, EvidenceDocument(title: ours.value.title, impactAssessmentId: ours.id))
            #expect(attached.value.kind == .impactAssessment)
            #expect(try await evidence.get(challengeId: world.challenge, id: attached.id).value.impactAssessmentId == ours.id)
            let refused = await #expect(throws: ValidationFailure.self) {
                try await evidence.create(challengeId: world.challenge, EvidenceDocument(title: "Not ours", impactAssessmentId: outsider.id))
            }
            #expect(refused?.path == "impact_assessment_id")

            try await store.delete(organisationId: world.council, id: ours.id)
            let kept = try await evidence.get(challengeId: world.challenge, id: attached.id)
            #expect(kept.value.title == ours.value.title && kept.value.impactAssessmentId == nil)
        }
    }
}
