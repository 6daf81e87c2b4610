import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Parts of a challenge")
struct ChallengePartStoreTests {
    @Test("team members")
    func team() async throws {
        try await withWorld { world in
            try await checkCRUD(
                in: world, TeamMember(personId: world.leadPeer, role: .leadPeer),
                TeamMember(personId: world.officerPeer, role: .officerPeer),
                edited: TeamMember(personId: world.leadPeer, role: .reviewManager))
        }
    }

    @Test("evidence documents")
    func evidence() async throws {
        try await withWorld { world in
            try await checkCRUD(
                in: world, EvidenceDocument(title: "Strategy", kind: .strategy, date: date("2023-04-01"), url: "https://example.org/strategy.pdf"),
                EvidenceDocument(title: "Minutes", kind: .minutes, url: "https://example.org/minutes"),
                edited: EvidenceDocument(title: "Equality strategy 2023–27", kind: .strategy, url: "https://example.org/strategy.pdf"))
        }
    }

    @Test("self-assessment entries")
    func selfAssessment() async throws {
        try await withWorld { world in
            let evidence = try await world.parts(EvidenceDocument.self).create(
                challengeId: world.challenge, EvidenceDocument(title: "Plan", url: "https://example.org/plan.pdf")
            ).id
            try await checkCRUD(
                in: world,
                SelfAssessmentEntry(criterionId: "communities-1", judgement: "achieving", narrative: "Yes.", evidenceIds: [evidence]),
                SelfAssessmentEntry(criterionId: "workforce-2", organisationId: world.partner, narrative: "Partly."),
                edited: SelfAssessmentEntry(criterionId: "communities-2", narrative: "Changed.", evidenceIds: [evidence, evidence]))
        }
    }

    @Test("programme sessions")
    func programme() async throws {
        try await withWorld { world in
            _ = try await world.parts(TeamMember.self).create(
                challengeId: world.challenge, TeamMember(personId: world.leadPeer, role: .leadPeer))
            try await checkCRUD(
                in: world,
                ProgrammeSession(
                    start: time("2024-03-12T09:00"), end: time("2024-03-12T10:00"), kind: .interview, title: "Leader",
                    peerIds: [world.leadPeer]),
                ProgrammeSession(
                    start: time("2024-03-12T10:30"), end: time("2024-03-12T11:30"), kind: .focusGroup, title: "Staff",
                    met: ["Staff network", "Unions"]),
                edited: ProgrammeSession(
                    start: time("2024-03-12T09:00"), end: time("2024-03-12T09:45"), kind: .interview, title: "Leader", met: ["Leader"],
                    notes: "Short."))
        }
    }

    @Test("findings")
    func findings() async throws {
        try await withWorld { world in
            try await checkCRUD(
                in: world, Finding(module: "communities", kind: .strength, text: "Good."),
                Finding(
                    module: "workforce", kind: .quote, text: "We are heard.", organisationId: world.partner, attribution: "Staff member",
                    theme: "Voice"),
                edited: Finding(module: "workforce", kind: .areaForConsideration, text: "Better."))
        }
    }

    @Test("recommendations, listed by number")
    func recommendations() async throws {
        try await withWorld { world in
            try await checkCRUD(
                in: world, Recommendation(number: 1, module: "workforce", text: "Publish data."),
                Recommendation(number: 2, text: "Train staff."),
                edited: Recommendation(number: 1, text: "Publish data yearly.", organisationId: world.council))
            let store = world.parts(Recommendation.self)
            let five = try await store.create(challengeId: world.challenge, Recommendation(number: 5, text: "Five."))
            let three = try await store.create(challengeId: world.challenge, Recommendation(number: 3, text: "Three."))
            #expect(try await store.list(challengeId: world.challenge, PageRequest()).items.map(\.value.number) == [2, 3, 5])

            let taken = await #expect(throws: ValidationFailure.self) {
                try await store.create(challengeId: world.challenge, Recommendation(number: 3, text: "Again."))
            }
            #expect(taken == ValidationFailure(path: "number", message: "3 is already used by another recommendation"))
            await #expect(throws: ValidationFailure.self) {
                try await store.update(challengeId: world.challenge, id: five.id, Recommendation(number: 3, text: "Five."))
            }
            #expect(
                try await store.update(challengeId: world.challenge, id: three.id, Recommendation(number: 3, text: "Still three.")).value
                    .number == 3)
        }
    }

    @Test("a part is reached only through its own challenge")
    func foreignIds() async throws {
        try await withWorld { world in
            let other = try await world.challenges.create(.sample(for: [world.council])).id
            let store = world.parts(Finding.self)
            let finding = try await store.create(
                challengeId: world.challenge, Finding(module: "communities", kind: .strength, text: "Mine."))
            let missing = NotFound(entity: "finding", id: finding.id)
            await #expect(throws: missing) { try await store.get(challengeId: other, id: finding.id) }
            await #expect(throws: missing) { try await store.update(challengeId: other, id: finding.id, finding.value) }
            await #expect(throws: missing) { try await store.delete(challengeId: other, id: finding.id) }
            #expect(try await store.get(challengeId: world.challenge, id: finding.id) == finding)

            let nowhere = UUID()
            let noChallenge = NotFound(entity: "challenge", id: nowhere)
            await #expect(throws: noChallenge) { try await store.list(challengeId: nowhere, PageRequest()) }
            await #expect(throws: noChallenge) { try await store.create(challengeId: nowhere, finding.value) }
            await #expect(throws: NotFound(entity: "finding", id: nowhere)) {
                try await store.get(challengeId: world.challenge, id: nowhere)
            }
        }
    }

    @Test("a refused write changes nothing")
    func refusedWrites() async throws {
        try await withWorld { world in
            let store = world.parts(Finding.self)
            let quote = await #expect(throws: ValidationFailure.self) {
                try await store.create(challengeId: world.challenge, Finding(module: "communities", kind: .quote, text: "Unattributed."))
            }
            #expect(quote?.path == "attribution")
            let stranger = await #expect(throws: ValidationFailure.self) {
                try await store.create(
                    challengeId: world.challenge, Finding(module: "communities", kind: .strength, text: "x", organisationId: world.peerBody)
                )
            }
            #expect(stranger?.path == "organisation_id")
            #expect(try await world.rowCounts()["findings"] == 0)

            let kept = try await store.create(challengeId: world.challenge, Finding(module: "communities", kind: .strength, text: "Kept."))
            await #expect(throws: ValidationFailure.self) {
                try await store.update(challengeId: world.challenge, id: kept.id, Finding(module: "leadership", kind: .strength, text: "x"))
            }
            #expect(try await store.get(challengeId: world.challenge, id: kept.id) == kept)
        }
    }

    @Test("a team member's person must exist and be on the team once")
    func teamRules() async throws {
        try await withWorld { world in
            let store = world.parts(TeamMember.self)
            let nobody = await #expect(throws: ValidationFailure.self) {
                try await store.create(challengeId: world.challenge, TeamMember(personId: UUID(), role: .officerPeer))
            }
            #expect(nobody?.path == "person_id")
            _ = try await store.create(challengeId: world.challenge, TeamMember(personId: world.leadPeer, role: .leadPeer))
            let twice = await #expect(throws: ValidationFailure.self) {
                try await store.create(challengeId: world.challenge, TeamMember(personId: world.leadPeer, role: .shadowPeer))
            }
            #expect(twice?.path == "person_id")
            let officer = try await store.create(challengeId: world.challenge, TeamMember(personId: world.officerPeer, role: .officerPeer))
            await #expect(throws: ValidationFailure.self) {
                try await store.update(
                    challengeId: world.challenge, id: officer.id, TeamMember(personId: world.leadPeer, role: .officerPeer))
            }
        }
    }

    @Test("a new part goes to the end of the list, after any gap a deletion left")
    func positions() async throws {
        try await withWorld { world in
            let store = world.parts(Finding.self)
            var ids: [UUID] = []
            for text in ["one", "two", "three"] {
                ids.append(
                    try await store.create(challengeId: world.challenge, Finding(module: "communities", kind: .strength, text: text)).id)
            }
            try await store.delete(challengeId: world.challenge, id: ids[2])
            try await store.delete(challengeId: world.challenge, id: ids[0])
            _ = try await store.create(challengeId: world.challenge, Finding(module: "communities", kind: .strength, text: "four"))
            let page = try await store.list(challengeId: world.challenge, PageRequest(page: 1, per: 1))
            #expect(page.metadata == PageMetadata(page: 1, per: 1, total: 2))
            let all = try await store.list(challengeId: world.challenge, PageRequest())
            #expect(all.items.map(\.value.text) == ["two", "four"])
        }
    }

    /// Creates two parts, reads, lists, updates and deletes the first, checking each step.
    private func checkCRUD<Part: ChallengePart>(in world: World, _ first: Part, _ second: Part, edited: Part) async throws {
        let store = world.parts(Part.self)
        let a = try await store.create(challengeId: world.challenge, first)
        let b = try await store.create(challengeId: world.challenge, second)
        #expect(try await store.get(challengeId: world.challenge, id: a.id) == a)
        #expect(try await store.list(challengeId: world.challenge, PageRequest()).items == [a, b])

        let changed = try await store.update(challengeId: world.challenge, id: a.id, edited)
        #expect(changed.value == edited)
        #expect(try await store.get(challengeId: world.challenge, id: a.id) == changed)
        #expect(try await store.list(challengeId: world.challenge, PageRequest()).items.map(\.id) == [a.id, b.id])

        try await store.delete(challengeId: world.challenge, id: a.id)
        #expect(try await store.list(challengeId: world.challenge, PageRequest()).items == [b])
        await #expect(throws: NotFound.self) { try await store.get(challengeId: world.challenge, id: a.id) }
    }
}
