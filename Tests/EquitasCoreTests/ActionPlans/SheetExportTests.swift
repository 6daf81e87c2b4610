import EquitasCore
import EquitasFixtures
import Testing

@Suite("Action plan sheet: writing a plan as one row per action")
struct SheetExportTests {
    let table = SheetTests.table

    @Test("the headers are the contract other tools read, in order")
    func headers() {
        #expect(table.name == "Action plan")
        #expect(table.header == [
            "No.", "Module", "Recommendation", "Response", "Rationale", "Action", "Lead officer", "Timescale",
            "Start", "Due", "Monitored by", "Status", "Latest update", "Updated on", "Updated by",
        ])
    }

    @Test("one row per action, and one for the item that has none")
    func rowCount() {
        #expect(table.rows.count == 48)
        #expect(table.rowNumbers.first == 2)
        #expect(table.rowNumbers.last == 49)
        #expect(table.rows.allSatisfy { $0.count == 15 })
    }

    @Test("a phased action: module by title, lead by name, phase name with its dates, latest update")
    func phasedAction() {
        // Item 1, action 1: within six months, led by Grace Okafor, slipped then stalled.
        #expect(table.rows[0] == [
            .number(1), .text("Understanding and working with your communities"),
            .text("Bring what the council knows about its communities, including the 2021 Census when it is released, into one equality profile that every service uses."),
            .text("Agreed"), .empty,
            .text("Draft a borough equality profile from the data already held"), .text("Grace Okafor"),
            .text("Within six months"), .date(CalendarDate("2021-03-16")!), .date(CalendarDate("2021-09-16")!),
            .text("Equalities Working Group"), .text("Off track"),
            .text("Stalled: the budget for this work has not been agreed."), .date(CalendarDate("2021-10-15")!), .text("Grace Okafor"),
        ])
    }

    @Test("the item's columns repeat on each of its rows, so a filtered sheet still reads")
    func repeatedItemColumns() {
        #expect(Array(table.rows[1].prefix(5)) == Array(table.rows[0].prefix(5)))
        #expect(table[3, .number] == .number(1))
        #expect(table[3, .action] == .text("Refresh the profile with Census 2021 results and publish it"))
        #expect(table[3, .timescale] == .text("September 2021 to March 2022"))
    }

    @Test("a plain due date leaves Timescale and Start empty")
    func dueDate() {
        // Item 8 is file row 14: due 31 July 2021, complete in December.
        #expect(table[14, .number] == .number(8))
        #expect(table[14, .timescale] == .empty)
        #expect(table[14, .start] == .empty)
        #expect(table[14, .due] == .date(CalendarDate("2021-07-31")!))
        #expect(table[14, .lead] == .text("Sam Kettering"))
        #expect(table[14, .status] == .text("Complete"))
        #expect(table[14, .updatedOn] == .date(CalendarDate("2021-12-20")!))
    }

    @Test("longer term says so, with the indicative date under Due when there is one")
    func longerTerm() {
        // Item 3, action 2 (row 7): indicative March 2023, closed as not needed.
        #expect(table[7, .timescale] == .text("Longer term"))
        #expect(table[7, .start] == .empty)
        #expect(table[7, .due] == .date(CalendarDate("2023-03-31")!))
        #expect(table[7, .status] == .text("Closed as not needed"))
        // Item 7, action 2 (row 13): no indicative date.
        #expect(table[13, .timescale] == .text("Longer term"))
        #expect(table[13, .due] == .empty)
    }

    @Test("an item with no actions has its action columns empty; a response needing one shows its rationale")
    func itemWithoutActions() {
        // Item 33, already done, is file row 46.
        let row = table.rows[44]
        #expect(row[0] == .number(33))
        #expect(row[1] == .text("Diverse and engaged workforce"))
        #expect(row[3] == .text("Already done"))
        #expect(row[4] == .text("Mentoring and coaching are open to all staff under the Learning and Development Strategy; no separate action is needed."))
        #expect(row[5...].allSatisfy { $0 == .empty })
    }

    @Test("a different approach is written by its label")
    func responseLabel() {
        // Item 6 is file row 11.
        #expect(table[11, .number] == .number(6))
        #expect(table[11, .response] == .text("Agreed with a different approach"))
    }

    @Test("a draft action with no lead, timescale or update leaves those cells empty and says Not started")
    func draftAction() {
        var record = PlanFixture.record
        record.items[0].actions[0] = PlanActionRecord(
            action: Identified(id: PlanFixture.actionId(1, 1), value: PlanAction(description: "Decide the first step")), updates: [])
        let row = ActionPlanSheet.table(for: record, vocabulary: PlanFixture.vocabulary).rows[0]
        #expect(Array(row[5...]) == [
            .text("Decide the first step"), .empty, .empty, .empty, .empty, .empty, .text("Not started"), .empty, .empty, .empty,
        ])
    }
}
