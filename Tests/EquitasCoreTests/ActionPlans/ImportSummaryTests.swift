import EquitasCore
import EquitasFixtures
import Foundation
import Testing

@Suite("Plan import: the dry run's summary and lines")
struct ImportSummaryTests {
    let record = PlanFixture.record
    let today = CalendarDate(year: 2022, month: 4, day: 1)!

    func changes(_ edit: (inout PlanContent) -> Void) -> PlanChanges {
        var incoming = PlanContent(record: record).asInSheet
        edit(&incoming)
        return PlanImport.changes(current: record, incoming: incoming, importedBy: "Import Bot", today: today)
    }

    @Test("no changes says so")
    func empty() {
        #expect(PlanChanges().summary == "no changes")
        #expect(PlanChanges().lines(current: record, vocabulary: PlanFixture.vocabulary).isEmpty)
    }

    @Test("item changes, an added action and status moves, counted and listed")
    func mixed() {
        let result = changes { content in
            content.items[6].item.response = .notAgreed
            content.items[6].item.rationale = "The police lead on hate crime."
            content.items[7].item.text = "Use ward data to target engagement."
            content.items[4].actions.append(PlanContent.Action(
                action: PlanAction(description: "Hold a listening event"),
                latestUpdate: ProgressUpdate(date: CalendarDate(year: 2022, month: 3, day: 30)!, author: "Sam Kettering", text: "Venues booked.")))
            content.items[0].actions[0].action.status = .complete
            content.items[1].actions[0].latestUpdate = ProgressUpdate(
                date: CalendarDate(year: 2022, month: 3, day: 30)!, author: "Amira Hussain", text: "Survey in the field.")
        }
        #expect(result.summary == "2 items changed, 1 action added, 3 progress updates recorded")
        #expect(result.lines(current: record, vocabulary: PlanFixture.vocabulary) == [
            "item 7: response changed from Agreed to Not agreed",
            "item 7: rationale added",
            "item 8: recommendation text changed",
            "action 5.2 added",
            "action 1.1: status Off track → Complete",
            "action 2.1: progress update dated 30 March 2022 by Amira Hussain",
        ])
    }

    @Test("every other kind of change, in the order the lines give them")
    func everyKind() {
        let result = changes { content in
            content.items[8].item.module = "leadership"
            content.items[2].actions[0].action.leadId = PlanFixture.people[7].id
            content.items[3].actions[0].action.timescale = .due(CalendarDate(year: 2021, month: 12, day: 31)!)
            content.items[4].actions[0].action.status = .complete
            content.items[4].actions[0].latestUpdate = ProgressUpdate(
                date: CalendarDate(year: 2022, month: 3, day: 29)!, author: "Sam Kettering", text: "Page live.")
            content.items[0].actions.removeLast()
            content.items.remove(at: 11)
            content.items.append(PlanContent.Item(
                item: PlanItem(number: 36, text: "Review the plan each year."),
                actions: [PlanContent.Action(action: PlanAction(description: "Add the review to the work programme"))]))
        }
        #expect(result.summary
            == "1 item added, 1 item changed, 1 item removed, 1 action added, 2 actions changed, 1 action removed, 1 progress update recorded")
        #expect(result.lines(current: record, vocabulary: PlanFixture.vocabulary) == [
            "item 36 added with 1 action",
            "item 9: module changed from Understanding and working with your communities to Leadership, partnership and organisational commitment",
            "item 12 removed with its 1 action",
            "action 3.1: lead changed from Amira Hussain to Sam Kettering",
            "action 4.1: timescale changed from Within six months (16 March 2021 to 16 September 2021) to 31 December 2021",
            "action 1.2 removed",
            "action 5.1: status At risk → Complete, with an update dated 29 March 2022 by Sam Kettering",
        ])
    }

    @Test("a new item's actions and their updates count as added and recorded")
    func newItemCounts() {
        let update = ProgressUpdate(date: CalendarDate(year: 2022, month: 3, day: 1)!, author: "Owen Hughes", text: "Agreed by CMT.")
        let result = changes { content in
            content.items.append(PlanContent.Item(
                item: PlanItem(number: 40, text: "Hold an annual equality debate at full council."),
                actions: [
                    PlanContent.Action(action: PlanAction(description: "Book the debate"), latestUpdate: update),
                    PlanContent.Action(action: PlanAction(description: "Invite community speakers")),
                ]))
        }
        #expect(result.summary == "1 item added, 2 actions added, 1 progress update recorded")
        #expect(result.lines(current: record, vocabulary: PlanFixture.vocabulary) == ["item 40 added with 2 actions"])
    }
}
