import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Challenges")
struct ChallengeStoreTests {
    @Test("a new challenge pins the newest framework version and reads back whole")
    func creation() async throws {
        try await withWorld { world in
            let stored = try await world.challenges.get(world.challenge)
            #expect(stored.value.frameworkVersion == "2021")
            #expect(stored.value.organisationIds == [world.council, world.partner])
            #expect(stored.value.modules.map(\.id) == ["communities", "workforce"])
            #expect(stored.value.start == date("2024-03-12"))
            #expect(stored.value == Challenge.sample(for: [world.council, world.partner]).withVersion("2021"))

            var older = Challenge.sample(for: [world.council])
            older.frameworkVersion = "2011"
            older.modules = [ModuleScope(id: "communities", level: "excellent", conclusion: "  Strong.  ")]
            let created = try await world.challenges.create(older)
            #expect(try await world.challenges.get(created.id) == created)
            #expect(created.value.modules[0].conclusion == "Strong.")
        }
    }

    @Test("the framework, its version, the scope and the organisations are checked", arguments: ChallengeFault.allCases)
    func refusedOnCreate(fault: ChallengeFault) async throws {
        try await withWorld { world in
            var challenge = Challenge.sample(for: [world.council])
            fault.apply(to: &challenge)
            let failure = await #expect(throws: ValidationFailure.self) { try await world.challenges.create(challenge) }
            #expect(failure?.path == fault.rawValue)
            let counts = try await world.rowCounts()
            #expect(counts["challenges"] == 1)
        }
    }

    @Test("lists newest first, filtered by status and organisation, with totals")
    func listing() async throws {
        try await withWorld { world in
            let second = try await world.challenges.create(.sample(for: [world.partner])).id
            let third = try await world.challenges.create(.sample(for: [world.council])).id
            _ = try await world.challenges.transition(third, to: .selfAssessment)

            let all = try await world.challenges.list(PageRequest(per: 2))
            #expect(all.metadata == PageMetadata(page: 1, per: 2, total: 3))
            let both = all.items + (try await world.challenges.list(PageRequest(page: 2, per: 2))).items
            #expect(Set(both.map(\.id)) == [world.challenge, second, third])
            #expect(both.map(\.id) == [third, second, world.challenge])

            let planning = try await world.challenges.list(PageRequest(), status: .planning)
            #expect(Set(planning.items.map(\.id)) == [world.challenge, second])
            let partner = try await world.challenges.list(PageRequest(), organisationId: world.partner)
            #expect(Set(partner.items.map(\.id)) == [world.challenge, second])
            let councilPlanning = try await world.challenges.list(PageRequest(), status: .planning, organisationId: world.council)
            #expect(councilPlanning.items.map(\.id) == [world.challenge])
            #expect(try await world.challenges.list(PageRequest(), organisationId: UUID()).metadata.total == 0)
        }
    }

    @Test("update replaces scope and organisations but never the framework")
    func update() async throws {
        try await withWorld { world in
            var changed = try await world.challenges.get(world.challenge).value
            changed.modules = [ModuleScope(id: "workforce", level: "excellent", judgement: .confirmed)]
            changed.organisationIds = [world.partner]
            changed.focus = "Workforce data"
            let updated = try await world.challenges.update(world.challenge, changed)
            #expect(try await world.challenges.get(world.challenge) == updated)
            #expect(try await world.rowCounts()["challenge_modules"] == 1)

            var otherFramework = changed
            otherFramework.frameworkId = "test-scores"
            await #expect(throws: RuleViolation.self) { try await world.challenges.update(world.challenge, otherFramework) }
            var otherVersion = changed
            otherVersion.frameworkVersion = "2011"
            await #expect(throws: RuleViolation.self) { try await world.challenges.update(world.challenge, otherVersion) }
            var unpinned = changed
            unpinned.frameworkVersion = nil
            #expect(try await world.challenges.update(world.challenge, unpinned).value.frameworkVersion == "2021")
            #expect(try await world.challenges.get(world.challenge) == updated)
        }
    }

    @Test("an organisation still named by a finding cannot leave the challenge")
    func organisationStillNamed() async throws {
        try await withWorld { world in
            _ = try await world.parts(Finding.self).create(
                challengeId: world.challenge,
                Finding(module: "workforce", kind: .strength, text: "Good data.", organisationId: world.partner))
            var changed = try await world.challenges.get(world.challenge).value
            changed.organisationIds = [world.council]
            await #expect(throws: RuleViolation.self) { try await world.challenges.update(world.challenge, changed) }
            #expect(try await world.challenges.get(world.challenge).value.organisationIds == [world.council, world.partner])
        }
    }

    @Test("the lifecycle moves by transition or update; an illegal move changes nothing")
    func lifecycle() async throws {
        try await withWorld { world in
            let skip = await #expect(throws: RuleViolation.self) { try await world.challenges.transition(world.challenge, to: .published) }
            #expect(skip?.message.contains("from planning it can move to self assessment") == true)
            #expect(try await world.challenges.get(world.challenge).value.status == .planning)

            for status in [ChallengeStatus.selfAssessment, .planning, .selfAssessment, .onSite] {
                #expect(try await world.challenges.transition(world.challenge, to: status).value.status == status)
            }
            var viaUpdate = try await world.challenges.get(world.challenge).value
            viaUpdate.status = .drafting
            #expect(try await world.challenges.update(world.challenge, viaUpdate).value.status == .drafting)
            viaUpdate.status = .final
            viaUpdate.conclusion = "Should not be saved."
            await #expect(throws: RuleViolation.self) { try await world.challenges.update(world.challenge, viaUpdate) }
            let stored = try await world.challenges.get(world.challenge).value
            #expect(stored.status == .drafting)
            #expect(stored.conclusion == nil)

            var kind = stored
            kind.kind = .selfAssessment
            await #expect(throws: RuleViolation.self) { try await world.challenges.update(world.challenge, kind) }
            await #expect(throws: NotFound(entity: "challenge", id: world.partner)) {
                try await world.challenges.transition(world.partner, to: .onSite)
            }
        }
    }

    @Test("deleting a challenge removes everything recorded under it, and nothing else")
    func cascade() async throws {
        try await withWorld { world in
            let other = try await world.challenges.create(.sample(for: [world.council, world.partner])).id
            try await TestRecord.fillParts(of: world.challenge, in: world)
            try await TestRecord.fillParts(of: other, in: world)
            let before = try await world.rowCounts()

            try await world.challenges.delete(world.challenge)

            let after = try await world.rowCounts()
            for table in EquitasDatabase.tables where !["organisations", "people", "audit_events"].contains(table) {
                #expect(after[table]! * 2 == before[table]!, "\(table): \(before[table]!) → \(after[table]!)")
            }
            // The trail outlives the challenge; the cascade's own deletions are not in it.
            #expect(after["audit_events"] == before["audit_events"]! + 1)
            #expect(after["organisations"] == 3)
            #expect(after["people"] == 2)
            await #expect(throws: NotFound(entity: "challenge", id: world.challenge)) { try await world.challenges.get(world.challenge) }
            await #expect(throws: NotFound(entity: "challenge", id: world.challenge)) { try await world.challenges.delete(world.challenge) }
        }
    }

    @Test("the context holds the framework, the team and the evidence")
    func context() async throws {
        try await withWorld { world in
            try await TestRecord.fillParts(of: world.challenge, in: world)
            let context = try await world.challenges.context(world.challenge)
            #expect(context.framework == .testLevelled)
            #expect(context.teamPersonIds == [world.leadPeer, world.officerPeer])
            let evidence = try await world.parts(EvidenceDocument.self).list(challengeId: world.challenge, PageRequest())
            #expect(context.evidenceIds == Set(evidence.items.map(\.id)))
        }
    }
}

extension Challenge {
    func withVersion(_ version: String) -> Challenge {
        var copy = self
        copy.frameworkVersion = version
        return copy
    }
}

/// One thing wrong with a new challenge, named by the path of the failure it causes.
enum ChallengeFault: String, CaseIterable, Sendable {
    case framework = "framework_id"
    case version = "framework_version"
    case module = "modules[1].id"
    case level = "modules[0].level"
    case organisation = "organisation_ids[1]"
    case status = "status"

    func apply(to challenge: inout Challenge) {
        switch self {
        case .framework: challenge.frameworkId = "eflg-1999"
        case .version: challenge.frameworkVersion = "1999"
        case .module: challenge.modules[1].id = "leadership"
        case .level: challenge.modules[0].level = "gold"
        case .organisation: challenge.organisationIds.append(UUID())
        case .status: challenge.status = .onSite
        }
    }
}
