import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Action plans: creating")
struct ActionPlanCreationTests {
    @Test("a plan from a final joint report answers the joint recommendations and the council's own, numbered as in the report")
    func fromFinalReport() async throws {
        try await withPlanWorld { w in
            let council = try await w.councilPlan()
            let partner = try await w.plans.createFromChallenge(
                w.finalChallenge, organisationId: w.world.partner, title: "Calder Moor plan")

            #expect(
                council.plan.value
                    == ActionPlan(
                        organisationId: w.world.council, challengeId: w.finalChallenge,
                        title: "Wyvern Vale District Council: action plan in response to the equality peer challenge 2024"))
            #expect(
                council.items.map(\.item.value) == [
                    PlanItem(
                        number: 1, recommendationId: w.recommendations[1], text: "Publish the workforce profile.", module: "workforce"),
                    PlanItem(
                        number: 3, recommendationId: w.recommendations[3], text: "Consult disabled residents on the local plan.",
                        module: "communities"),
                    PlanItem(number: 4, recommendationId: w.recommendations[4], text: "Keep the equality forum going."),
                ])
            #expect(council.items.allSatisfy { $0.actions.isEmpty })
            #expect(partner.plan.value.title == "Calder Moor plan")
            #expect(partner.items.map(\.item.value.number) == [1, 2, 4])
            #expect(try await w.plans.record(council.plan.id) == council)
        }
    }

    @Test("a single council's challenge needs no council named; a joint one does")
    func whichCouncil() async throws {
        try await withPlanWorld { w in
            let single = try await w.world.insertChallenge(
                for: [w.world.council], status: .published,
                recommendations: [Identified(id: UUID(), value: Recommendation(number: 1, text: "Do one thing."))])

            let plan = try await w.plans.createFromChallenge(single)
            let joint = await #expect(throws: ValidationFailure.self) { try await w.plans.createFromChallenge(w.finalChallenge) }
            let outsider = await #expect(throws: ValidationFailure.self) {
                try await w.plans.createFromChallenge(w.finalChallenge, organisationId: w.world.peerBody)
            }

            #expect(plan.plan.value.organisationId == w.world.council)
            #expect(plan.items.map(\.item.value.text) == ["Do one thing."])
            #expect(
                joint
                    == ValidationFailure(path: "organisation_id", message: "this challenge has 2 councils; name the one whose plan this is")
            )
            #expect(outsider == ValidationFailure(path: "organisation_id", message: "is not one of this challenge's councils"))
        }
    }

    @Test("a challenge still being drafted has no plan, and nothing is written")
    func drafting() async throws {
        try await withPlanWorld { w in
            let drafting = try await w.world.insertChallenge(
                for: [w.world.council], status: .drafting,
                recommendations: [Identified(id: UUID(), value: Recommendation(number: 1, text: "Do one thing."))])
            let before = try await w.rowCounts()

            let refused = await #expect(throws: RuleViolation.self) { try await w.plans.createFromChallenge(drafting) }
            let direct = await #expect(throws: RuleViolation.self) {
                try await w.plans.create(ActionPlan(organisationId: w.world.council, challengeId: drafting, title: "Too soon"))
            }

            #expect(refused?.message == "an action plan answers the final report; this challenge is at drafting")
            #expect(direct?.message == "an action plan answers the final report; this challenge is at drafting")
            #expect(try await w.rowCounts() == before)
        }
    }

    @Test("a council answers a challenge once, and is told which plan it already has")
    func secondPlan() async throws {
        try await withPlanWorld { w in
            let first = try await w.councilPlan().plan.id
            let before = try await w.rowCounts()

            let again = await #expect(throws: RuleViolation.self) { try await w.councilPlan() }
            let direct = await #expect(throws: RuleViolation.self) {
                try await w.plans.create(ActionPlan(organisationId: w.world.council, challengeId: w.finalChallenge, title: "Another"))
            }

            let id = first.uuidString.lowercased()
            let expected = "Wyvern Vale District Council already has an action plan for this challenge (\(id)); work on that plan instead"
            #expect(again?.message == expected)
            #expect(direct?.message == expected)
            #expect(try await w.rowCounts() == before)
        }
    }

    @Test("a plan of the council's own needs an organisation that exists; a challenge must exist and include it")
    func createChecks() async throws {
        try await withPlanWorld { w in
            let missing = UUID()
            let own = try await w.plans.create(ActionPlan(organisationId: w.world.council, title: "  Equality objectives 2025  "))

            let noCouncil = await #expect(throws: ValidationFailure.self) {
                try await w.plans.create(ActionPlan(organisationId: missing, title: "Plan"))
            }
            let noChallenge = await #expect(throws: ValidationFailure.self) {
                try await w.plans.create(ActionPlan(organisationId: w.world.council, challengeId: missing, title: "Plan"))
            }
            let notIncluded = await #expect(throws: ValidationFailure.self) {
                try await w.plans.create(ActionPlan(organisationId: w.world.peerBody, challengeId: w.finalChallenge, title: "Plan"))
            }
            let blank = await #expect(throws: ValidationFailure.self) {
                try await w.plans.create(ActionPlan(organisationId: w.world.council, title: " "))
            }
            let reused = await #expect(throws: ValidationFailure.self) {
                try await w.plans.create(ActionPlan(organisationId: w.world.council, title: "Plan"), id: own.id)
            }

            #expect(own.value == ActionPlan(organisationId: w.world.council, title: "Equality objectives 2025"))
            #expect(try await w.plans.get(own.id) == own)
            #expect(
                noCouncil
                    == ValidationFailure(path: "organisation_id", message: "no organisation with id \(missing.uuidString.lowercased())"))
            #expect(
                noChallenge == ValidationFailure(path: "challenge_id", message: "no challenge with id \(missing.uuidString.lowercased())"))
            #expect(
                notIncluded
                    == ValidationFailure(
                        path: "organisation_id", message: "Local Government Association is not one of this challenge's councils"))
            #expect(blank?.path == "title")
            #expect(reused?.path == "id")
        }
    }

    @Test("plans list newest first, filtered by council and by challenge")
    func listing() async throws {
        try await withPlanWorld { w in
            let council = try await w.councilPlan().plan.id
            let partner = try await w.plans.createFromChallenge(w.finalChallenge, organisationId: w.world.partner).plan.id
            let own = try await w.plans.create(ActionPlan(organisationId: w.world.council, title: "Own objectives")).id

            let all = try await w.plans.list(PageRequest())
            let councils = try await w.plans.list(PageRequest(), organisationId: w.world.council)
            let answering = try await w.plans.list(PageRequest(), challengeId: w.finalChallenge)
            let second = try await w.plans.list(PageRequest(page: 2, per: 1))

            #expect(all.items.map(\.id) == [own, partner, council])
            #expect(councils.items.map(\.id) == [own, council])
            #expect(answering.items.map(\.id) == [partner, council])
            #expect(second.items.map(\.id) == [partner])
            #expect(second.metadata == PageMetadata(page: 2, per: 1, total: 3))
        }
    }

    @Test("a plan's title and monitoring change; its council and challenge do not")
    func update() async throws {
        try await withPlanWorld { w in
            let stored = try await w.councilPlan().plan
            var edited = stored.value
            edited.title = "Equality action plan 2024 to 2026"
            edited.monitoredBy = "Equalities Working Group, CMT and Overview and Scrutiny Committee"

            let updated = try await w.plans.update(stored.id, edited)
            var moved = edited
            moved.organisationId = w.world.partner
            var detached = edited
            detached.challengeId = nil
            let otherCouncil = await #expect(throws: RuleViolation.self) { try await w.plans.update(stored.id, moved) }
            let otherChallenge = await #expect(throws: RuleViolation.self) { try await w.plans.update(stored.id, detached) }
            let missing = await #expect(throws: NotFound.self) { try await w.plans.update(UUID(), edited) }

            #expect(updated == Identified(id: stored.id, value: edited))
            #expect(try await w.plans.get(stored.id) == updated)
            #expect(otherCouncil?.message == "a plan stays with the council it was made for; start a new plan for another council")
            #expect(otherChallenge?.message == "a plan stays with the challenge it answers; start a new plan to answer another")
            #expect(missing?.entity == "action plan")
        }
    }
}
