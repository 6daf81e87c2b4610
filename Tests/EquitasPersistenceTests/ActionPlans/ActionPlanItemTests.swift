import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Action plans: items")
struct ActionPlanItemTests {
    @Test("an item is added, answered and removed with its actions and updates")
    func crud() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan().plan.id
            let added = try await w.plans.addItem(
                plan, PlanItem(number: 5, text: " Publish an accessible summary. ", module: "Communications"))
            let action = try await w.plans.addAction(plan, added.id, PlanAction(description: "Draft it"))
            _ = try await w.plans.addUpdate(
                plan, action.id, ProgressUpdate(date: date("2024-09-01"), author: "Rachel Barker", text: "Begun.", status: .onTrack))
            let answer = PlanItem(
                number: 5, text: "Publish an accessible summary.", module: "Communications", response: .agreedDifferentApproach,
                rationale: "An easy-read version reaches more residents.")

            let answered = try await w.plans.updateItem(plan, added.id, answer)
            let counts = try await w.rowCounts()
            try await w.plans.deleteItem(plan, added.id)
            let after = try await w.rowCounts()

            #expect(added.value == PlanItem(number: 5, text: "Publish an accessible summary.", module: "Communications"))
            #expect(answered == Identified(id: added.id, value: answer))
            #expect(counts["plan_actions"] == 1 && counts["progress_updates"] == 1)
            #expect(after["action_plan_items"] == 3 && after["plan_actions"] == 0 && after["progress_updates"] == 0)
            #expect(try await w.plans.record(plan).items.map(\.item.value.number) == [1, 3, 4])
        }
    }

    @Test("a number is used once per plan, and again in another plan")
    func numbers() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan()
            let other = try await w.plans.create(ActionPlan(organisationId: w.world.council, title: "Own objectives")).id

            let duplicate = await #expect(throws: ValidationFailure.self) {
                try await w.plans.addItem(plan.plan.id, PlanItem(number: 3, text: "Again"))
            }
            let renumbered = await #expect(throws: ValidationFailure.self) {
                try await w.plans.updateItem(plan.plan.id, plan.items[0].item.id, PlanItem(number: 4, text: "Clash"))
            }
            let elsewhere = try await w.plans.addItem(other, PlanItem(number: 3, text: "Objective three"))

            #expect(duplicate == ValidationFailure(path: "number", message: "3 is already used by another item of this plan"))
            #expect(renumbered == ValidationFailure(path: "number", message: "4 is already used by another item of this plan"))
            #expect(elsewhere.value.number == 3)
        }
    }

    @Test("an answer short of agreed needs a rationale")
    func rationale() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan()
            var item = plan.items[0].item.value
            item.response = .notAgreed

            let failure = await #expect(throws: ValidationFailure.self) {
                try await w.plans.updateItem(plan.plan.id, plan.items[0].item.id, item)
            }

            #expect(failure == ValidationFailure(path: "rationale", message: "a response of \"Not agreed\" needs a rationale saying why"))
            #expect(try await w.plans.record(plan.plan.id).items[0].item.value.response == nil)
        }
    }

    @Test("an item answers only a recommendation of its plan's challenge meant for its council")
    func recommendations() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan().plan.id
            let own = try await w.plans.create(ActionPlan(organisationId: w.world.council, title: "Own objectives")).id
            let stranger = UUID()

            let partners = await #expect(throws: ValidationFailure.self) {
                try await w.plans.addItem(plan, PlanItem(number: 2, recommendationId: w.recommendations[2], text: "Theirs"))
            }
            let unknown = await #expect(throws: ValidationFailure.self) {
                try await w.plans.addItem(plan, PlanItem(number: 9, recommendationId: stranger, text: "Nobody's"))
            }
            let noChallenge = await #expect(throws: ValidationFailure.self) {
                try await w.plans.addItem(own, PlanItem(number: 1, recommendationId: w.recommendations[1], text: "Joint"))
            }

            #expect(partners == ValidationFailure(path: "recommendation_id", message: "recommendation 2 is meant for another council"))
            #expect(
                unknown
                    == ValidationFailure(
                        path: "recommendation_id",
                        message: "no recommendation of this plan's challenge has id \(stranger.uuidString.lowercased())"))
            #expect(noChallenge?.path == "recommendation_id")
        }
    }

    @Test("an item of another plan is not found through this one")
    func ownership() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan()
            let partner = try await w.plans.createFromChallenge(w.finalChallenge, organisationId: w.world.partner)
            let theirs = partner.items[0].item

            let update = await #expect(throws: NotFound.self) {
                try await w.plans.updateItem(plan.plan.id, theirs.id, theirs.value)
            }
            let delete = await #expect(throws: NotFound.self) { try await w.plans.deleteItem(plan.plan.id, theirs.id) }
            let action = await #expect(throws: NotFound.self) {
                try await w.plans.addAction(plan.plan.id, theirs.id, PlanAction(description: "Sneak in"))
            }
            let noPlan = await #expect(throws: NotFound.self) { try await w.plans.addItem(UUID(), PlanItem(number: 1, text: "x")) }

            #expect(update == NotFound(entity: "action plan item", id: theirs.id))
            #expect(delete == NotFound(entity: "action plan item", id: theirs.id))
            #expect(action == NotFound(entity: "action plan item", id: theirs.id))
            #expect(noPlan?.entity == "action plan")
            #expect(try await w.plans.record(partner.plan.id) == partner)
        }
    }
}
