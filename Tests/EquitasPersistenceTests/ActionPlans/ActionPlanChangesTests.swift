import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Action plans: applying changes")
struct ActionPlanChangesTests {
    /// The council's plan (items 1, 3, 4) with actions A1 and A2 under item 1, B1 under
    /// item 3 and C1, with an update, under item 4.
    struct Start {
        let record: ActionPlanRecord
        let a1: UUID, a2: UUID, b1: UUID, c1: UUID

        var plan: UUID { record.plan.id }
        func item(_ number: Int) -> UUID { record.items.first { $0.item.value.number == number }!.item.id }

        static func make(_ w: PlanWorld) async throws -> Start {
            let plan = try await w.councilPlan()
            let items = plan.items.map(\.item.id)
            let add = { (item: UUID, text: String) in
                try await w.plans.addAction(plan.plan.id, item, PlanAction(description: text, leadId: w.officer)).id
            }
            let a1 = try await add(items[0], "A1")
            let a2 = try await add(items[0], "A2")
            let b1 = try await add(items[1], "B1")
            let c1 = try await add(items[2], "C1")
            _ = try await w.plans.addUpdate(
                plan.plan.id, c1, ProgressUpdate(date: date("2024-06-01"), author: "Rachel Barker", text: "Begun.", status: .onTrack))
            return Start(record: try await w.plans.record(plan.plan.id), a1: a1, a2: a2, b1: b1, c1: c1)
        }

        /// One change of every kind; the added item reuses the removed item's number.
        func changes(_ w: PlanWorld) -> PlanChanges {
            var changes = PlanChanges()
            changes.actionsRemoved = [a2]
            changes.itemsRemoved = [item(4)]
            var three = record.items[1].item
            three.value.response = .agreed
            changes.itemsChanged = [three]
            changes.itemsAdded = [
                PlanContent.Item(
                    item: PlanItem(number: 4, text: "Report to scrutiny twice a year."),
                    actions: [
                        PlanContent.Action(
                            action: PlanAction(description: "D1", timescale: .due(date("2025-03-31")), status: .onTrack),
                            latestUpdate: ProgressUpdate(
                                date: date("2024-09-01"), author: "Head of Policy", text: "First report went in.", status: .onTrack))
                    ])
            ]
            changes.actionsChanged = [
                Identified(id: a1, value: PlanAction(description: "A1, revised", leadId: w.officer, status: .complete))
            ]
            changes.actionsAdded = [PlanChanges.AddedAction(itemId: item(1), position: 0, action: PlanAction(description: "A0"))]
            changes.updatesAdded = [
                PlanChanges.AddedUpdate(
                    actionId: b1,
                    update: ProgressUpdate(date: date("2024-09-02"), author: "Rachel Barker", text: "Slipping.", status: .atRisk))
            ]
            return changes
        }
    }

    @Test("every kind of change is applied: removals first, so an added item may reuse a removed number")
    func applyAll() async throws {
        try await withPlanWorld { w in
            let start = try await Start.make(w)

            try await w.plans.apply(start.changes(w), to: start.plan)

            let record = try await w.plans.record(start.plan)
            #expect(record.items.map(\.item.value.number) == [1, 3, 4])
            #expect(record.items[0].actions.map(\.action.value.description) == ["A0", "A1, revised"])
            #expect(record.items[0].actions[1].action.id == start.a1)
            #expect(record.items[0].actions[1].action.value.status == .notStarted)
            #expect(record.items[1].item.value.response == .agreed)
            #expect(record.items[1].actions[0].action.value.status == .atRisk)
            #expect(
                record.items[1].actions[0].updates.map(\.value) == [
                    ProgressUpdate(
                        date: date("2024-09-02"), author: "Rachel Barker", text: "Slipping.", status: .atRisk, previousStatus: .notStarted)
                ])
            #expect(record.items[2].item.id != start.item(4))
            #expect(PlanContent(record: record).items[2] == start.changes(w).itemsAdded[0])
            let counts = try await w.rowCounts()
            #expect(counts["action_plan_items"] == 3 && counts["plan_actions"] == 4 && counts["progress_updates"] == 2)
        }
    }

    enum Fault: String, CaseIterable, Sendable {
        case updateOnAnotherPlansAction, removalOfAnotherPlansItem, unknownLead
    }

    @Test("one change that fails leaves the plan exactly as it was", arguments: Fault.allCases)
    func rollback(fault: Fault) async throws {
        try await withPlanWorld { w in
            let start = try await Start.make(w)
            let partner = try await w.plans.createFromChallenge(w.finalChallenge, organisationId: w.world.partner)
            let stranger = partner.items[0].item.id
            let id = stranger.uuidString.lowercased()
            var changes = start.changes(w)
            let expected: String
            switch fault {
            case .updateOnAnotherPlansAction:
                changes.updatesAdded.append(PlanChanges.AddedUpdate(actionId: stranger, update: changes.updatesAdded[0].update))
                expected = "no plan action with id \(id)"
            case .removalOfAnotherPlansItem:
                changes.itemsRemoved.append(stranger)
                expected = "no action plan item with id \(id)"
            case .unknownLead:
                changes.actionsAdded[0].action.leadId = stranger
                expected = "actions_added[0].lead_id: no person with id \(id)"
            }
            let before = try await w.rowCounts()

            let error = await #expect(throws: (any Error).self) { try await w.plans.apply(changes, to: start.plan) }

            #expect(error.map { "\($0)" } == expected)
            #expect(try await w.rowCounts() == before)
            #expect(try await w.plans.record(start.plan) == start.record)
        }
    }
}
