import EquitasCore
import EquitasFixtures
import Foundation
import Testing

@Suite("Action plan sheet: dates, timescales, leads, statuses and updates")
struct SheetCellRuleTests {
    func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    func failures(_ values: [ActionPlanSheet.Column: SheetCell], vocabulary: PlanVocabulary = PlanFixture.vocabulary) -> [String] {
        SheetTests.described(SheetTests.row(values), vocabulary: vocabulary)
    }

    @Test("a due date as a date cell, ISO text, British text, or a spreadsheet serial", arguments: [
        (SheetCell.date(CalendarDate("2021-09-30")!), "2021-09-30"),
        (.text("2021-09-30"), "2021-09-30"),
        (.text("30/09/2021"), "2021-09-30"),
        (.text(" 3/9/2021 "), "2021-09-03"),
        (.text("03/04/2021"), "2021-04-03"),
        (.number(44_469), "2021-09-30"),
        (.number(44_469.75), "2021-09-30"),
        (.number(61), "1900-03-01"),
    ])
    func dates(cell: SheetCell, expected: String) throws {
        let action = try SheetTests.action([.due: cell])
        #expect(action.action.timescale == .due(day(expected)))
    }

    @Test("not dates: month first, impossible days, numbers far outside the plan's years", arguments: [
        (SheetCell.text("09/30/2021"), "09/30/2021"),
        (.text("31/13/2021"), "31/13/2021"),
        (.text("2021-02-30"), "2021-02-30"),
        (.text("30/09/21"), "30/09/21"),
        (.text("next spring"), "next spring"),
        (.number(1_000_000), "1000000"),
        (.number(-5), "-5"),
    ])
    func notDates(cell: SheetCell, shown: String) {
        #expect(failures([.due: cell]) == [#"row 2, column "Due": "\#(shown)" is not a date (use DD/MM/YYYY or YYYY-MM-DD)"#])
    }

    @Test("a named phase runs from Start to Due, both required, in order")
    func phases() throws {
        let action = try SheetTests.action([.timescale: .text("Within six months"), .start: .text("16/03/2021"), .due: .text("16/09/2021")])
        #expect(action.action.timescale == .phase(name: "Within six months", start: day("2021-03-16"), end: day("2021-09-16")))

        #expect(failures([.timescale: .text("Within six months")]) == [
            #"row 2, column "Start": the phase "Within six months" needs a start date"#,
            #"row 2, column "Due": the phase "Within six months" needs an end date"#,
        ])
        #expect(failures([.timescale: .text("Autumn"), .start: .text("2021-09-01"), .due: .text("2021-03-01")]) == [
            #"row 2, column "Due": the phase ends (2021-03-01) before it starts (2021-09-01)"#,
        ])
        #expect(failures([.timescale: .text("Autumn"), .start: .text("1/9/2021"), .due: .text("tbc")]) == [
            #"row 2, column "Due": "tbc" is not a date (use DD/MM/YYYY or YYYY-MM-DD)"#,
        ])
    }

    @Test("longer term takes an optional indicative date under Due and no start")
    func longerTerm() throws {
        #expect(try SheetTests.action([.timescale: .text("Longer term")]).action.timescale == .longerTerm(indicative: nil))
        #expect(try SheetTests.action([.timescale: .text("LONGER-TERM"), .due: .text("31/03/2023")]).action.timescale
            == .longerTerm(indicative: day("2023-03-31")))
        #expect(failures([.timescale: .text("longer term"), .start: .text("1/4/2022"), .due: .text("31/3/2023")]) == [
            #"row 2, column "Start": a longer-term action has no start date; clear this cell"#,
        ])
    }

    @Test("with no Timescale, a start date is refused; with nothing at all the action has no timescale yet")
    func noPhaseName() throws {
        #expect(failures([.start: .text("1/4/2022"), .due: .text("31/3/2023")]) == [
            #"row 2, column "Start": only a phase has a start date: name the phase under "Timescale", or clear this cell"#,
        ])
        #expect(try SheetTests.action([:]).action.timescale == nil)
    }

    @Test("the lead by name, ignoring case and spacing; unknown or shared names are refused")
    func leads() throws {
        #expect(try SheetTests.action([.lead: .text(" amira  HUSSAIN ")]).action.leadId == PlanFixture.people[0].id)
        #expect(failures([.lead: .text("Amira Hussein")]) == [#"row 2, column "Lead officer": no person called "Amira Hussein"; add them first"#])

        var people = PlanFixture.people
        people.append(Identified(id: .numbered(199), value: Person(name: "Grace Okafor", jobTitle: "Housing Officer")))
        let vocabulary = PlanVocabulary(people: people, modules: PlanFixture.modules)
        #expect(failures([.lead: .text("Grace Okafor")], vocabulary: vocabulary) == [
            #"row 2, column "Lead officer": 2 people are called "Grace Okafor"; the sheet cannot say which is meant, so rename one of them first"#,
        ])
    }

    @Test("a status by label or stored value; empty means not started")
    func statuses() throws {
        #expect(try SheetTests.action([:]).action.status == .notStarted)
        #expect(try SheetTests.action([.status: .text("on-track")]).action.status == .onTrack)
        #expect(try SheetTests.action([.status: .text("closed as NOT needed")]).action.status == .closedNotNeeded)
        #expect(failures([.status: .number(1)]) == [
            #"row 2, column "Status": "1" is not a status (use Not started, On track, At risk, Off track, Complete or Closed as not needed, or Red, Amber, Green or Blue)"#,
        ])
    }

    @Test("the latest update, dated today and by the importer unless the sheet says otherwise")
    func latestUpdate() throws {
        let bare = try SheetTests.action([.latestUpdate: .text(" Survey sent to 4,000 homes. ")])
        #expect(bare.latestUpdate == ProgressUpdate(date: SheetTests.today, author: "Import Bot", text: "Survey sent to 4,000 homes."))

        let full = try SheetTests.action([
            .latestUpdate: .text("Survey sent."), .updatedOn: .text("15/10/2021"), .updatedBy: .text("Amira Hussain"),
        ])
        #expect(full.latestUpdate == ProgressUpdate(date: day("2021-10-15"), author: "Amira Hussain", text: "Survey sent."))
        #expect(try SheetTests.action([:]).latestUpdate == nil)
    }

    @Test("a date or author with no update text is refused")
    func updateWithoutText() {
        #expect(failures([.updatedOn: .text("15/10/2021"), .updatedBy: .text("Amira Hussain")]) == [
            #"row 2, column "Updated on": a date with no update: write the update under "Latest update", or clear this cell"#,
            #"row 2, column "Updated by": an author with no update: write the update under "Latest update", or clear this cell"#,
        ])
        #expect(failures([.latestUpdate: .text("Done."), .updatedOn: .text("yesterday")]) == [
            #"row 2, column "Updated on": "yesterday" is not a date (use DD/MM/YYYY or YYYY-MM-DD)"#,
        ])
    }

    @Test("one row's bad cells are all reported, left to right")
    func oneRowManyCells() {
        #expect(failures([
            .action: .empty, .lead: .text("Nobody"), .due: .text("soon"), .status: .text("Fine"), .updatedBy: .text("Me"),
        ]) == [
            #"row 2, column "Action": must not be blank"#,
            #"row 2, column "Lead officer": no person called "Nobody"; add them first"#,
            #"row 2, column "Due": "soon" is not a date (use DD/MM/YYYY or YYYY-MM-DD)"#,
            #"row 2, column "Status": "Fine" is not a status (use Not started, On track, At risk, Off track, Complete or Closed as not needed, or Red, Amber, Green or Blue)"#,
            #"row 2, column "Updated by": an author with no update: write the update under "Latest update", or clear this cell"#,
        ])
    }

    @Test("errors name the header as the file spells it")
    func headerAsInFile() {
        var table = SheetTests.row([.due: .text("31/13/2021")])
        table.header[ActionPlanSheet.Column.due.rawValue] = " DUE "
        #expect(SheetTests.described(table) == [#"row 2, column "DUE": "31/13/2021" is not a date (use DD/MM/YYYY or YYYY-MM-DD)"#])
    }
}
