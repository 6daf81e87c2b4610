import EquitasCore
import EquitasFixtures
import Foundation
import Testing

/// A sheet exported at an earlier revision, imported after the plan moved on (ADR 0012).
@Suite("Plan import: a stale sheet against newer work")
struct PlanMergeTests {
    let base = PlanFixture.record
    let today = CalendarDate(year: 2022, month: 5, day: 3)!
    static let newActionId = UUID(uuidString: "00000000-0000-0000-0000-00000000abcd")!
    static let newUpdate = ProgressUpdate(date: CalendarDate(year: 2022, month: 4, day: 20)!, author: "Newer Author", text: "Written since the export.")

    /// The plan after the export: an action added to item 3, action 1.1's words edited,
    /// action 2.1 completed, an update written on action 4.1 — the four things a
    /// stale sheet used to undo.
    var current: ActionPlanRecord {
        var plan = base
        plan.items[2].actions.append(PlanActionRecord(
            action: Identified(id: Self.newActionId, value: PlanAction(description: "Added on the website since", status: .onTrack)), updates: []))
        plan.items[0].actions[0].action.value.description = "Newer words for the profile"
        let was = plan.items[1].actions[0].action.value.status
        plan.items[1].actions[0].action.value.status = .complete
        plan.items[1].actions[0].updates.append(Identified(id: UUID(), value: ProgressUpdate(
            date: CalendarDate(year: 2022, month: 4, day: 21)!, author: "Completer", text: "Done.", status: .complete, previousStatus: was)))
        plan.items[3].actions[0].updates.append(Identified(id: UUID(), value: Self.newUpdate))
        return plan
    }

    func merge(force: Bool = false, _ edit: (inout PlanContent) -> Void = { _ in }) -> PlanMergeOutcome {
        var sheet = PlanContent(record: base).asInSheet
        edit(&sheet)
        return PlanMerge.merge(
            base: base, current: current, incoming: sheet, importedBy: "Import Bot", today: today, force: force, vocabulary: PlanFixture.vocabulary)
    }

    @Test("an untouched stale sheet changes nothing: no action deleted, no edit reverted, no status put back, no update repeated")
    func untouched() {
        #expect(base.items[1].actions[0].action.value.status != .complete)
        let outcome = merge()
        #expect(outcome.changes.isEmpty)
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.sinceExport.contains("action 3.\(base.items[2].actions.count + 1) added"))
        #expect(outcome.sinceExport.contains("action 1.1: description changed"))
        #expect(outcome.sinceExport.contains { $0.hasPrefix("action 2.1: status") && $0.hasSuffix("→ Complete") })
        #expect(outcome.sinceExport.contains("action 4.1: progress update dated 20 April 2022 by Newer Author"))
    }

    @Test("what only the sheet changed is applied beside the newer work")
    func sheetOnlyChanges() {
        let outcome = merge { sheet in
            sheet.items[4].actions[0].action.description = "Changed in the sheet"
            sheet.items[5].actions[0].action.status = .atRisk
        }
        #expect(outcome.conflicts.isEmpty)
        var expected = base.items[4].actions[0].action.value
        expected.description = "Changed in the sheet"
        #expect(outcome.changes.actionsChanged == [Identified(id: PlanFixture.actionId(5, 1), value: expected)])
        #expect(outcome.changes.updatesAdded.map(\.actionId) == [PlanFixture.actionId(6, 1)])
        #expect(outcome.changes.updatesAdded.first?.update.status == .atRisk)
        #expect(outcome.changes.actionsRemoved.isEmpty && outcome.changes.itemsRemoved.isEmpty)
    }

    @Test("the same field changed both ways is a conflict, taken the sheet's way only with force")
    func sameFieldBothWays() throws {
        let edit = { (sheet: inout PlanContent) in sheet.items[0].actions[0].action.description = "The sheet's words" }
        let refused = merge(edit)
        #expect(refused.conflicts == [PlanConflict(place: "action 1.1", sinceExport: ["description changed"], sheet: ["description changed"])])
        #expect(refused.changes.actionsChanged.isEmpty)

        let forced = merge(force: true, edit)
        #expect(forced.conflicts.count == 1)
        #expect(forced.changes.actionsChanged.map(\.value.description) == ["The sheet's words"])
    }

    @Test("a status the sheet moves where the plan moved it too is a conflict; with force the sheet's status is recorded")
    func statusBothWays() {
        let edit = { (sheet: inout PlanContent) in sheet.items[1].actions[0].action.status = .atRisk }
        let refused = merge(edit)
        #expect(refused.conflicts.map(\.place) == ["action 2.1"])
        #expect(refused.conflicts.first?.sheet.contains { $0.hasSuffix("→ At risk") } == true)
        #expect(refused.changes.updatesAdded.isEmpty)
        let forced = merge(force: true, edit)
        #expect(forced.changes.updatesAdded.map(\.update.status) == [.atRisk])
    }

    @Test("removing a row: an unchanged action goes; one changed since is a conflict")
    func removals() {
        #expect(base.items[0].actions.count == 2)
        let outcome = merge { sheet in sheet.items[0].actions.removeLast() }
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.changes.actionsRemoved == [PlanFixture.actionId(1, 2)])
        // Item 4's two rows gone: 4.1 has an update written since, 4.2 is as exported.
        #expect(base.items[3].actions.count == 2)
        let changedSince = merge { sheet in sheet.items[3].actions.removeAll() }
        #expect(changedSince.conflicts.map(\.place) == ["action 4.1"])
        #expect(changedSince.conflicts.first?.sheet == ["removes the action"])
        #expect(changedSince.changes.actionsRemoved == [PlanFixture.actionId(4, 2)])
        let forced = merge(force: true) { sheet in sheet.items[3].actions.removeAll() }
        #expect(forced.changes.actionsRemoved == [PlanFixture.actionId(4, 1), PlanFixture.actionId(4, 2)])
    }

    @Test("a row the sheet adds goes after the actions added since; the sheet's new update is recorded once")
    func additions() {
        let added = PlanContent.Action(action: PlanAction(description: "Added in the sheet", status: .notStarted))
        let outcome = merge { sheet in
            sheet.items[2].actions.append(added)
            sheet.items[4].actions[0].latestUpdate = Self.newUpdate
        }
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.changes.actionsAdded.map(\.position) == [base.items[2].actions.count + 1])
        #expect(outcome.changes.updatesAdded.map(\.actionId) == [PlanFixture.actionId(5, 1)])
        // The update written on the website since, typed into the sheet too, is not repeated.
        let same = merge { sheet in sheet.items[3].actions[0].latestUpdate = Self.newUpdate }
        #expect(same.changes.isEmpty)
    }
}
