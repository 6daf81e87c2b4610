import EquitasCore
import Foundation
import Testing

/// Calder Moor's plan with six actions whose numbers are worked out by hand in the
/// monitoring tests. As at 15 July 2025:
///
/// | ref  | lead  | timescale                         | status then               |
/// |------|-------|-----------------------------------|---------------------------|
/// | 1.1  | Alice | due 31 Jul 2025                   | on track                  |
/// | 1.2  | Bob   | phase 1 Sep – 30 Nov 2025         | not started               |
/// | 3.1  | Alice | due 30 Jun 2025                   | complete (update 20 Jun)  |
/// | 4.1  | none  | longer term, indicative 31 Mar 26 | at risk                   |
/// | 9.1  | none  | longer term, no date              | not started               |
/// | 10.1 | Bob   | due 10 Jul 2025                   | not started (off track from 1 Aug) |
///
/// Items 1, 4 and 9 are answered: agreed, not agreed and already done.
struct MonitoredPlan {
    let fixture: ActionPlanFixture
    let planId: UUID
    let alice: UUID
    let bob: UUID
    /// Item ids by number.
    let items: [Int: UUID]
    /// Action ids by reference ("10.1").
    let actions: [String: UUID]

    static let title = "Calder Moor Borough Council: action plan in response to the equality peer challenge 2025"
    /// The title as the download names it.
    static let slug = "calder-moor-borough-council-action-plan-in-response-to-the-equality-peer-challenge-2025"

    static func make(_ fixture: ActionPlanFixture) async throws -> MonitoredPlan {
        let record = try await fixture.calderPlan()
        let planId = record.plan.id
        let items = Dictionary(uniqueKeysWithValues: record.items.map { ($0.item.value.number, $0.item.id) })
        let alice = try await fixture.person("Alice Moor", of: fixture.calderId)
        let bob = try await fixture.person("Bob Calder", of: fixture.calderId)
        let monitor = "Equalities Working Group"

        func add(_ number: Int, _ description: String, _ lead: UUID?, _ timescale: Timescale, _ status: PlanActionStatus) async throws
            -> UUID
        {
            try await fixture.addAction(
                planId, item: try #require(items[number]),
                PlanAction(description: description, leadId: lead, timescale: timescale, monitoredBy: monitor, status: status))
        }
        var actions: [String: UUID] = [:]
        actions["1.1"] = try await add(
            1, "Add equality questions to the housing register form", alice, .due(try .day("2025-07-31")), .onTrack)
        actions["1.2"] = try await add(
            1, "Publish the first equality profile of service users", bob,
            .phase(name: "Autumn 2025", start: try .day("2025-09-01"), end: try .day("2025-11-30")), .notStarted)
        actions["3.1"] = try await add(
            3, "Add an equality section to the committee report template", alice, .due(try .day("2025-06-30")), .onTrack)
        actions["4.1"] = try await add(
            4, "Set up a panel to check impact assessments", nil, .longerTerm(indicative: try .day("2026-03-31")), .atRisk)
        actions["9.1"] = try await add(
            9, "Run a disclosure campaign with the staff networks", nil, .longerTerm(indicative: nil), .notStarted)
        actions["10.1"] = try await add(10, "Agree positive action for senior grades", bob, .due(try .day("2025-07-10")), .notStarted)

        _ = try await fixture.addUpdate(
            planId, action: try #require(actions["3.1"]),
            ProgressUpdate(
                date: try .day("2025-06-20"), author: "Alice Moor", text: "The new template was adopted by CMT.", status: .complete))
        _ = try await fixture.addUpdate(
            planId, action: try #require(actions["10.1"]),
            ProgressUpdate(
                date: try .day("2025-08-01"), author: "Bob Calder", text: "The recruitment freeze holds the programme up.",
                status: .offTrack))

        let plan = MonitoredPlan(fixture: fixture, planId: planId, alice: alice, bob: bob, items: items, actions: actions)
        try await plan.answer(1, .agreed, rationale: nil)
        try await plan.answer(4, .notAgreed, rationale: "The existing report clearance already checks impact assessments.")
        try await plan.answer(9, .alreadyDone, rationale: "The networks ran a campaign in the spring.")
        return plan
    }

    func path(_ rest: String = "") -> String { fixture.plan(planId, rest) }

    func item(_ number: Int) async throws -> PlanItem {
        let record = try await fixture.record(planId)
        return try #require(record.items.first { $0.item.value.number == number }).item.value
    }

    func answer(_ number: Int, _ response: PlanResponse, rationale: String?) async throws {
        var item = try await item(number)
        item.response = response
        item.rationale = rationale
        let reply = try await fixture.api.send(.PUT, path("items/\(try #require(items[number]))"), json: item)
        #expect(reply.status == .ok, "\(reply.text)")
    }
}
