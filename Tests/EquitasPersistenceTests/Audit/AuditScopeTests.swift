import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("The audit trail, per challenge and per action plan")
struct AuditScopeTests {
    @Test("a progress update is in its action plan's trail")
    func progressUpdateScope() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan()
            let action = try await w.plans.addAction(plan.plan.id, plan.items[0].item.id, PlanAction(description: "Map the groups"))

            let update = try await w.plans.addUpdate(
                plan.plan.id, action.id, ProgressUpdate(date: date("2024-06-01"), author: "Rachel Barker", text: "Started."))

            let event = try #require(try await AuditStore(db: w.db).events(recordId: update.id).first)
            #expect(event.record == "progress update")
            #expect(event.actionPlanId == plan.plan.id)
            #expect(event.challengeId == nil)
            let trail = try await AuditStore(db: w.db).events(actionPlanId: plan.plan.id)
            #expect(trail.first?.recordId == update.id)
            #expect(Set(trail.map(\.record)) == ["action plan", "action plan item", "plan action", "progress update"])
        }
    }

    @Test("replacing an entry's evidence records the link removed, the one moved and the one added, in the challenge's trail")
    func linkReplacement() async throws {
        try await withWorld { world in
            let evidence = world.parts(EvidenceDocument.self)
            let plan = try await evidence.create(challengeId: world.challenge, EvidenceDocument(title: "Plan", url: "https://example.org/plan.pdf")).id
            let survey = try await evidence.create(challengeId: world.challenge, EvidenceDocument(title: "Survey", kind: .survey, url: "https://example.org/survey.pdf")).id
            let minutes = try await evidence.create(challengeId: world.challenge, EvidenceDocument(title: "Minutes", url: "https://example.org/minutes.pdf")).id
            let entries = world.parts(SelfAssessmentEntry.self)
            let entry = try await entries.create(
                challengeId: world.challenge,
                SelfAssessmentEntry(criterionId: "communities-1", narrative: "x", evidenceIds: [plan, survey]))
            let store = AuditStore(db: world.db)
            let before = try await store.events(challengeId: world.challenge).count

            _ = try await entries.update(
                challengeId: world.challenge, id: entry.id,
                SelfAssessmentEntry(criterionId: "communities-1", narrative: "x", evidenceIds: [survey, minutes]))

            let events = try await store.events(challengeId: world.challenge)
            let links = events.prefix(events.count - before).filter { $0.record == "self-assessment evidence link" }
            let id = { (uuid: UUID) in uuid.uuidString.lowercased() }
            #expect(links.count == 3)
            #expect(
                links.contains {
                    $0.action == .deleted && $0.changes.contains(AuditFieldChange(field: "evidence_id", before: id(plan), after: nil))
                })
            #expect(
                links.contains {
                    $0.action == .updated && $0.changes == [AuditFieldChange(field: "position", before: "1", after: "0")]
                })
            #expect(
                links.contains {
                    $0.action == .created && $0.changes.contains(AuditFieldChange(field: "evidence_id", before: nil, after: id(minutes)))
                })
            #expect(links.allSatisfy { $0.challengeId == world.challenge })
            // The entry's own columns did not change, so the entry has no new event.
            #expect(events.prefix(events.count - before).allSatisfy { $0.recordId != entry.id })
        }
    }

    @Test("changing a challenge's status records that, not its organisations and modules written again")
    func challengeUpdate() async throws {
        try await withWorld { world in
            let store = AuditStore(db: world.db)
            let before = try await store.events(challengeId: world.challenge).count

            _ = try await world.challenges.update(
                world.challenge, .sample(for: [world.council, world.partner], status: .selfAssessment))

            let events = try await store.events(challengeId: world.challenge)
            #expect(events.count == before + 1)
            #expect(events[0].record == "challenge")
            #expect(events[0].changes == [AuditFieldChange(field: "status", before: "planning", after: "self-assessment")])
        }
    }

    @Test("a deleted challenge's trail can still be read, ending with its deletion")
    func challengeDeletion() async throws {
        try await withWorld { world in
            try await world.challenges.delete(world.challenge)

            let events = try await AuditStore(db: world.db).events(challengeId: world.challenge)
            #expect(events.first?.action == .deleted)
            #expect(events.first?.record == "challenge")
            #expect(events.first?.changes.contains(AuditFieldChange(field: "status", before: "planning", after: nil)) == true)
            #expect(events.last?.action == .created)
        }
    }

    @Test("a challenge's trail comes a page at a time, newest first")
    func paging() async throws {
        try await withWorld { world in
            let store = AuditStore(db: world.db)
            let all = try await store.events(challengeId: world.challenge)

            let first = try await store.events(challengeId: world.challenge, try PageRequest(page: 1, per: 2))
            let second = try await store.events(challengeId: world.challenge, try PageRequest(page: 2, per: 2))

            #expect(first.metadata.total == all.count)
            #expect(first.items + second.items == Array(all.prefix(4)))
            #expect(all == all.sorted { $0.at > $1.at })
        }
    }
}
