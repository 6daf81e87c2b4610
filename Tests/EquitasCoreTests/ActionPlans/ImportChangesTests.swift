import EquitasCore
import EquitasFixtures
import Foundation
import Testing

@Suite("Plan import: what an incoming plan changes")
struct ImportChangesTests {
    let record = PlanFixture.record
    let today = CalendarDate(year: 2022, month: 4, day: 1)!

    func changes(_ edit: (inout PlanContent) -> Void) -> PlanChanges {
        var incoming = PlanContent(record: record)
        edit(&incoming)
        return PlanImport.changes(current: record, incoming: incoming, importedBy: "Import Bot", today: today)
    }

    @Test("the plan's own content changes nothing, with or without what a sheet drops")
    func unchanged() {
        #expect(changes { _ in }.isEmpty)
        #expect(changes { $0 = $0.asInSheet }.isEmpty)
    }

    @Test("an item's response changes; the stored recommendation id is kept")
    func itemChanged() throws {
        let result = changes { content in
            content.items[6].item.response = .notAgreed
            content.items[6].item.rationale = "Hate crime work is led by the police."
            content.items[6].item.recommendationId = nil
        }
        var expected = record.items[6].item.value
        expected.response = .notAgreed
        expected.rationale = "Hate crime work is led by the police."
        #expect(result.itemsChanged == [Identified(id: PlanFixture.itemId(7), value: expected)])
        #expect(result.itemsChanged.first?.value.recommendationId == PlanFixture.recommendationId(7))
        #expect(result.actionsChanged.isEmpty && result.updatesAdded.isEmpty)
    }

    @Test("items missing from the import are removed; new numbers are added without a recommendation")
    func itemsAddedAndRemoved() {
        let newItem = PlanContent.Item(
            item: PlanItem(number: 36, recommendationId: .numbered(999), text: "Review the equality plan each year.", response: .agreed),
            actions: [PlanContent.Action(action: PlanAction(description: "Add the review to the work programme", status: .onTrack))])
        let result = changes { content in
            content.items.remove(at: 11)
            content.items.append(newItem)
        }
        #expect(result.itemsRemoved == [PlanFixture.itemId(12)])
        #expect(result.itemsAdded.count == 1)
        #expect(result.itemsAdded.first?.item.recommendationId == nil)
        #expect(result.itemsAdded.first?.actions == newItem.actions)
        #expect(result.actionsRemoved.isEmpty)
    }

    @Test("actions match by position: extra ones are added with their update, missing ones removed")
    func actionsAddedAndRemoved() {
        let update = ProgressUpdate(date: CalendarDate(year: 2022, month: 3, day: 30)!, author: "Sam Kettering", text: "Venues booked.")
        let result = changes { content in
            content.items[4].actions.append(PlanContent.Action(
                action: PlanAction(description: "Hold a listening event", status: .onTrack), latestUpdate: update))
            content.items[0].actions.removeLast()
        }
        #expect(result.actionsAdded == [PlanChanges.AddedAction(
            itemId: PlanFixture.itemId(5), position: 1,
            action: PlanAction(description: "Hold a listening event", status: .onTrack), firstUpdate: update)])
        #expect(result.actionsRemoved == [PlanFixture.actionId(1, 2)])
        #expect(result.updatesAdded.isEmpty)
    }

    @Test("a changed action keeps its stored status; the status moves only through an update")
    func actionChanged() throws {
        let result = changes { content in
            content.items[0].actions[0].action.description = "Draft the equality profile"
            content.items[0].actions[0].action.status = .complete
        }
        var expected = record.items[0].actions[0].action.value
        expected.description = "Draft the equality profile"
        #expect(expected.status == .offTrack)
        #expect(result.actionsChanged == [Identified(id: PlanFixture.actionId(1, 1), value: expected)])
        #expect(result.updatesAdded == [PlanChanges.AddedUpdate(
            actionId: PlanFixture.actionId(1, 1),
            update: ProgressUpdate(date: today, author: "Import Bot", text: "Status changed to Complete by spreadsheet import", status: .complete))])
    }

    @Test("a new update with the same status is recorded without a status")
    func newUpdateOnly() {
        let update = ProgressUpdate(date: CalendarDate(year: 2022, month: 3, day: 15)!, author: "Grace Okafor", text: "Budget bid submitted.")
        let result = changes { $0.items[0].actions[0].latestUpdate = update }
        #expect(result.updatesAdded == [PlanChanges.AddedUpdate(actionId: PlanFixture.actionId(1, 1), update: update)])
        #expect(result.actionsChanged.isEmpty)
    }

    @Test("a new update with a new status is one update carrying both")
    func newUpdateAndStatus() {
        let result = changes { content in
            content.items[4].actions[0].action.status = .complete
            content.items[4].actions[0].latestUpdate = ProgressUpdate(
                date: CalendarDate(year: 2022, month: 3, day: 29)!, author: "Sam Kettering", text: "Page live.", status: .atRisk)
        }
        #expect(result.updatesAdded == [PlanChanges.AddedUpdate(
            actionId: PlanFixture.actionId(5, 1),
            update: ProgressUpdate(date: CalendarDate(year: 2022, month: 3, day: 29)!, author: "Sam Kettering", text: "Page live.", status: .complete))])
    }

    @Test("an update differing only in date or author is new; a cleared update cell records nothing")
    func updateIdentity() {
        let stored = record.items[0].actions[0].latestUpdate!
        let redated = changes { $0.items[0].actions[0].latestUpdate?.date = CalendarDate(year: 2021, month: 10, day: 16)! }
        #expect(redated.updatesAdded.map(\.update.date) == [CalendarDate(year: 2021, month: 10, day: 16)!])
        #expect(redated.updatesAdded.first?.update.text == stored.text)
        let reauthored = changes { $0.items[0].actions[0].latestUpdate?.author = "Amira Hussain" }
        #expect(reauthored.updatesAdded.map(\.update.author) == ["Amira Hussain"])
        #expect(changes { $0.items[0].actions[0].latestUpdate = nil }.isEmpty)
    }

    @Test("a draft action with no updates that gains a status records the move")
    func firstStatus() {
        // Item 20's second action (due January 2022) has no updates yet.
        #expect(record.items[19].actions[1].updates.isEmpty)
        let result = changes { $0.items[19].actions[1].action.status = .onTrack }
        #expect(result.updatesAdded.map(\.update.status) == [.onTrack])
        #expect(result.updatesAdded.map(\.actionId) == [PlanFixture.actionId(20, 2)])
    }
}
