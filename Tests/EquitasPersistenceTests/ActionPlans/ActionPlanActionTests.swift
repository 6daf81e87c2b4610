import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import SQLKit
import Testing

@Suite("Action plans: actions and updates")
struct ActionPlanActionTests {
    @Test("actions go after the item's others, and each kind of timescale reads back as written")
    func addActions() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan()
            let item = plan.items[1].item.id
            let actions = [
                PlanAction(
                    description: "Map the groups", leadId: w.officer, timescale: .due(date("2024-09-30")),
                    monitoredBy: "Equalities Working Group"),
                PlanAction(
                    description: "Hold the sessions",
                    timescale: .phase(name: "Within six months", start: date("2024-07-01"), end: date("2024-12-31")), status: .onTrack),
                PlanAction(description: "Review the approach", timescale: .longerTerm(indicative: date("2026-03-31"))),
                PlanAction(description: "Embed it", timescale: .longerTerm(indicative: nil)),
            ]

            var added: [Identified<PlanAction>] = []
            for action in actions { added.append(try await w.plans.addAction(plan.plan.id, item, action)) }
            let stored = try await w.plans.record(plan.plan.id).items[1].actions

            #expect(added.map(\.value) == actions)
            #expect(stored.map(\.action) == added)
            #expect(try await dueDates(w) == ["2024-09-30", "2024-12-31", "2026-03-31", nil])
        }
    }

    @Test("an action's lead must be a person, and its phase must not end before it starts")
    func actionChecks() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan()
            let nobody = UUID()

            let lead = await #expect(throws: ValidationFailure.self) {
                try await w.plans.addAction(plan.plan.id, plan.items[0].item.id, PlanAction(description: "Lead it", leadId: nobody))
            }
            let phase = await #expect(throws: ValidationFailure.self) {
                try await w.plans.addAction(
                    plan.plan.id, plan.items[0].item.id,
                    PlanAction(
                        description: "Backwards", timescale: .phase(name: "Soon", start: date("2024-09-01"), end: date("2024-08-01"))))
            }

            #expect(lead == ValidationFailure(path: "lead_id", message: "no person with id \(nobody.uuidString.lowercased())"))
            #expect(phase?.path == "timescale.end")
            #expect(try await w.rowCounts()["plan_actions"] == 0)
        }
    }

    @Test("an update with a status moves the action and records where it moved from; the same status is no move")
    func updatesMoveStatus() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan().plan.id
            let action = try await w.addAction(to: plan)

            let first = try await w.plans.addUpdate(
                plan, action,
                ProgressUpdate(
                    date: date("2024-07-01"), author: "Rachel Barker", text: "Started.", status: .onTrack, previousStatus: .complete))
            let same = try await w.plans.addUpdate(
                plan, action, ProgressUpdate(date: date("2024-08-01"), author: "Rachel Barker", text: "Still going.", status: .onTrack))
            let note = try await w.plans.addUpdate(
                plan, action, ProgressUpdate(date: date("2024-08-15"), author: "Rachel Barker", text: "A note.", previousStatus: .atRisk))
            let done = try await w.plans.addUpdate(
                plan, action, ProgressUpdate(date: date("2024-09-01"), author: "Rachel Barker", text: "Done.", status: .complete))

            #expect(first.value.status == .onTrack && first.value.previousStatus == .notStarted)
            #expect(same.value.status == nil && same.value.previousStatus == nil)
            #expect(note.value.status == nil && note.value.previousStatus == nil)
            #expect(done.value.status == .complete && done.value.previousStatus == .onTrack)
            let stored = try await w.plans.record(plan).items[0].actions[0]
            #expect(stored.action.value.status == .complete)
            #expect(stored.updates == [first, same, note, done])
        }
    }

    @Test("editing an action keeps its status unless told otherwise, and then records who moved it")
    func updateAction() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan().plan.id
            let action = try await w.addAction(to: plan)
            var edited = PlanAction(description: "Publish the profile online", leadId: w.officer, timescale: .due(date("2024-12-31")))

            let kept = try await w.plans.updateAction(plan, action, edited, who: "Unused", on: date("2024-10-01"))
            edited.status = .atRisk
            let moved = try await w.plans.updateAction(plan, action, edited, who: "Head of Policy", on: date("2024-11-01"))
            edited.status = .complete
            edited.description = "Not saved"
            let blank = await #expect(throws: ValidationFailure.self) {
                try await w.plans.updateAction(plan, action, edited, who: " ", on: date("2024-11-02"))
            }

            #expect(kept.value.status == .notStarted && kept.value.description == "Publish the profile online")
            #expect(moved.value.status == .atRisk)
            #expect(blank?.path == "author")
            let stored = try await w.plans.record(plan).items[0].actions[0]
            #expect(stored.action == moved)
            #expect(
                stored.updates.map(\.value) == [
                    ProgressUpdate(
                        date: date("2024-11-01"), author: "Head of Policy", text: "Status set to At risk", status: .atRisk,
                        previousStatus: .notStarted)
                ])
        }
    }

    @Test("an action or update of another plan is not found through this one; a deleted action takes its updates")
    func ownershipAndDelete() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan().plan.id
            let partner = try await w.plans.createFromChallenge(w.finalChallenge, organisationId: w.world.partner).plan.id
            let theirs = try await w.addAction(to: partner)
            let ours = try await w.addAction(to: plan)
            let update = ProgressUpdate(date: date("2024-07-01"), author: "Rachel Barker", text: "Started.", status: .onTrack)
            _ = try await w.plans.addUpdate(plan, ours, update)

            let edit = await #expect(throws: NotFound.self) {
                try await w.plans.updateAction(plan, theirs, PlanAction(description: "x"), who: "Me", on: date("2024-07-01"))
            }
            let delete = await #expect(throws: NotFound.self) { try await w.plans.deleteAction(plan, theirs) }
            let note = await #expect(throws: NotFound.self) { try await w.plans.addUpdate(plan, theirs, update) }
            try await w.plans.deleteAction(plan, ours)

            #expect(edit == NotFound(entity: "plan action", id: theirs))
            #expect(delete == NotFound(entity: "plan action", id: theirs))
            #expect(note == NotFound(entity: "plan action", id: theirs))
            let counts = try await w.rowCounts()
            #expect(counts["plan_actions"] == 1 && counts["progress_updates"] == 0)
        }
    }

    @Test("a record lists items by number, actions in order, and updates by date then as added")
    func ordering() async throws {
        try await withPlanWorld { w in
            let plan = try await w.plans.create(ActionPlan(organisationId: w.world.council, title: "Own objectives")).id
            for number in [5, 2, 9] { _ = try await w.plans.addItem(plan, PlanItem(number: number, text: "Objective \(number)")) }
            let item = try await w.plans.record(plan).items[1].item.id
            let first = try await w.plans.addAction(plan, item, PlanAction(description: "First")).id
            _ = try await w.plans.addAction(plan, item, PlanAction(description: "Second"))
            try await w.plans.deleteAction(plan, first)
            _ = try await w.plans.addAction(plan, item, PlanAction(description: "Third"))
            let action = try await w.plans.record(plan).items[1].actions[0].action.id
            for (day, text) in [("2024-10-01", "October, first"), ("2024-07-01", "July"), ("2024-10-01", "October, second")] {
                _ = try await w.plans.addUpdate(plan, action, ProgressUpdate(date: date(day), author: "Rachel Barker", text: text))
            }

            let record = try await w.plans.record(plan)

            #expect(record.items.map(\.item.value.number) == [2, 5, 9])
            #expect(record.items[1].actions.map(\.action.value.description) == ["Second", "Third"])
            #expect(record.items[1].actions[0].updates.map(\.value.text) == ["July", "October, first", "October, second"])
            #expect(record.items[1].actions[0].latestUpdate?.text == "October, second")
        }
    }

    /// The derived column, read straight from the table in the order actions were added.
    private func dueDates(_ w: PlanWorld) async throws -> [String?] {
        let rows = try await (w.db as! any SQLDatabase).raw("SELECT due_date FROM plan_actions ORDER BY position").all()
        return try rows.map { try $0.decode(column: "due_date", as: String?.self) }
    }
}

extension PlanWorld {
    /// An action, not started, under the plan's first item.
    func addAction(to plan: UUID, description: String = "Publish the profile") async throws -> UUID {
        let item = try await plans.record(plan).items[0].item.id
        return try await plans.addAction(plan, item, PlanAction(description: description)).id
    }
}
