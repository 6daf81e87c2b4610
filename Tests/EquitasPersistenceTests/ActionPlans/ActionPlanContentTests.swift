import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Action plans: whole plans")
struct ActionPlanContentTests {
    /// What a sheet of the council's own objectives might hold, items in number order.
    static func content(lead: UUID) -> PlanContent {
        PlanContent(items: [
            PlanContent.Item(
                item: PlanItem(number: 1, text: "Publish the workforce profile.", module: "Workforce", response: .agreed),
                actions: [
                    PlanContent.Action(
                        action: PlanAction(
                            description: "Publish on the website", leadId: lead, timescale: .due(date("2024-09-30")),
                            monitoredBy: "CMT", status: .complete),
                        latestUpdate: ProgressUpdate(
                            date: date("2024-09-12"), author: "Rachel Barker", text: "Published.", status: .complete,
                            previousStatus: .onTrack)),
                    PlanContent.Action(action: PlanAction(description: "Refresh yearly", timescale: .longerTerm(indicative: nil))),
                ]),
            PlanContent.Item(
                item: PlanItem(
                    number: 2, text: "Set up a residents' panel.", response: .notAgreed, rationale: "The forum already does this.")),
            PlanContent.Item(
                item: PlanItem(number: 7, text: "Train every manager."),
                actions: [
                    PlanContent.Action(
                        action: PlanAction(
                            description: "Run the course",
                            timescale: .phase(name: "September 2024 to March 2025", start: date("2024-09-01"), end: date("2025-03-31")),
                            status: .atRisk),
                        latestUpdate: ProgressUpdate(date: date("2024-11-30"), author: "Head of HR", text: "Trainer ill."))
                ]),
        ])
    }

    @Test("a plan made from a sheet reads back as the same content")
    func roundTrip() async throws {
        try await withPlanWorld { w in
            let content = Self.content(lead: w.officer)
            let plan = ActionPlan(organisationId: w.world.council, title: "Equality objectives", monitoredBy: "Scrutiny")

            let record = try await w.plans.createFromContent(plan, content: content)

            #expect(record.plan.value == plan)
            #expect(PlanContent(record: record) == content)
            #expect(try await w.plans.record(record.plan.id) == record)
            #expect(record.items[0].actions[0].updates.count == 1)
        }
    }

    @Test("one bad cell refuses the whole sheet, naming where it is")
    func refused() async throws {
        try await withPlanWorld { w in
            let nobody = UUID()
            var badLead = Self.content(lead: w.officer)
            badLead.items[2].actions[0].action.leadId = nobody
            var twice = Self.content(lead: w.officer)
            twice.items[2].item.number = 1
            var blankUpdate = Self.content(lead: w.officer)
            blankUpdate.items[0].actions[0].latestUpdate?.author = ""
            let plan = ActionPlan(organisationId: w.world.council, title: "Equality objectives")
            let before = try await w.rowCounts()

            let lead = await #expect(throws: ValidationFailure.self) { try await w.plans.createFromContent(plan, content: badLead) }
            let number = await #expect(throws: ValidationFailure.self) { try await w.plans.createFromContent(plan, content: twice) }
            let author = await #expect(throws: ValidationFailure.self) { try await w.plans.createFromContent(plan, content: blankUpdate) }

            #expect(
                lead
                    == ValidationFailure(
                        path: "items[2].actions[0].lead_id", message: "no person with id \(nobody.uuidString.lowercased())"))
            #expect(number?.path == "items[2].number")
            #expect(author?.path == "items[0].actions[0].latest_update.author")
            #expect(try await w.rowCounts() == before)
        }
    }

    @Test("every plan, or one council's, is read whole at once")
    func recordsAcrossPlans() async throws {
        try await withPlanWorld { w in
            let council = try await w.councilPlan().plan.id
            let partner = try await w.plans.createFromChallenge(w.finalChallenge, organisationId: w.world.partner).plan.id
            let own = try await w.plans.createFromContent(
                ActionPlan(organisationId: w.world.council, title: "Own objectives"), content: Self.content(lead: w.officer)
            ).plan.id
            let action = try await w.addAction(to: council)
            _ = try await w.plans.addUpdate(
                council, action, ProgressUpdate(date: date("2024-07-01"), author: "Rachel Barker", text: "Started.", status: .onTrack))

            let all = try await w.plans.records()
            let councils = try await w.plans.records(organisationId: w.world.council)

            #expect(all.map(\.plan.id) == [own, partner, council])
            #expect(all[0] == (try await w.plans.record(own)))
            #expect(all[1] == (try await w.plans.record(partner)))
            #expect(all[2] == (try await w.plans.record(council)))
            #expect(all[2].actions.map(\.action.action.value.status) == [.onTrack])
            #expect(councils.map(\.plan.id) == [own, council])
            #expect(try await w.plans.records(organisationId: w.world.peerBody).isEmpty)
        }
    }

    @Test("deleting a plan removes its items, actions and updates, and nothing of another plan")
    func cascade() async throws {
        try await withPlanWorld { w in
            let content = Self.content(lead: w.officer)
            let kept = try await w.plans.createFromContent(ActionPlan(organisationId: w.world.partner, title: "Kept"), content: content)
            let gone = try await w.plans.createFromContent(ActionPlan(organisationId: w.world.council, title: "Gone"), content: content)
                .plan.id
            let before = try await w.rowCounts()

            try await w.plans.delete(gone)

            let after = try await w.rowCounts()
            #expect(before["action_plans"] == 2 && after["action_plans"] == 1)
            #expect(before["action_plan_items"] == 6 && after["action_plan_items"] == 3)
            #expect(before["plan_actions"] == 6 && after["plan_actions"] == 3)
            #expect(before["progress_updates"] == 4 && after["progress_updates"] == 2)
            #expect(try await w.plans.record(kept.plan.id) == kept)
            await #expect(throws: NotFound(entity: "action plan", id: gone)) { try await w.plans.record(gone) }
            await #expect(throws: NotFound(entity: "action plan", id: gone)) { try await w.plans.delete(gone) }
        }
    }

    @Test("a plan outlives its challenge, as the council's own")
    func challengeDeleted() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan()

            try await w.world.challenges.delete(w.finalChallenge)

            let record = try await w.plans.record(plan.plan.id)
            #expect(record.plan.value.challengeId == nil)
            #expect(record.items.map(\.item.value.recommendationId) == [nil, nil, nil])
            #expect(record.items.map(\.item.value.text) == plan.items.map(\.item.value.text))
        }
    }
}
