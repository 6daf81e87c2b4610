import EquitasCore
import Foundation
import Testing

/// A council's own action plan spreadsheet read as it comes (issue 20, part 4): usual
/// headings, a mapping for the rest, RAG ratings, merged recommendation cells.
@Suite("Action plan sheets in a council's own shape")
struct CouncilSheetTests {
    static let today = CalendarDate(year: 2022, month: 2, day: 1)!
    static let lead = UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!
    static let vocabulary = PlanVocabulary(people: [Identified(id: lead, value: Person(name: "Priya Shah"))])

    static func table(_ header: [String], _ rows: [[String]]) -> SheetTable {
        SheetTable(name: "Tracker", header: header, rows: rows.map { $0.map { $0.isEmpty ? SheetCell.empty : .text($0) } })
    }

    static let header = ["Rec No", "Recommendation", "Actions to be taken", "Lead", "Target date", "RAG", "Progress"]

    static func read(_ table: SheetTable, _ headings: ActionPlanHeadings = ActionPlanHeadings(lenient: true)) throws(ActionPlanSheetErrors) -> PlanContent {
        try ActionPlanSheet.content(from: table, vocabulary: vocabulary, importedBy: "Importer", today: today, headings: headings)
    }

    @Test("usual headings, RAG as statuses, R-numbers, a row continuing the item above, targets as months or ongoing")
    func councilShape() throws {
        let content = try Self.read(Self.table(Self.header, [
            ["R1", "Refresh the community profile.", "Download Census tables", "Priya Shah", "March 2022", "Green", "Tables downloaded."],
            ["", "", "Publish the profile", "Priya Shah", "30/04/2022", "Amber", ""],
            ["Rec 2", "Make equality a standing item.", "Add it to the forward plan", "", "Ongoing", "Red", ""],
            ["3.", "Involve disabled residents.", "Set up a design panel", "", "", "Blue", ""],
        ]))
        #expect(content.items.map(\.item.number) == [1, 2, 3])
        #expect(content.items[0].actions.map(\.action.status) == [.onTrack, .atRisk])
        #expect(content.items[0].actions.map(\.action.timescale) == [.due(CalendarDate("2022-03-31")!), .due(CalendarDate("2022-04-30")!)])
        #expect(content.items[0].actions[0].action.leadId == Self.lead)
        #expect(content.items[0].actions[0].latestUpdate == ProgressUpdate(date: Self.today, author: "Importer", text: "Tables downloaded."))
        #expect(content.items[1].actions.first?.action.timescale == .longerTerm(indicative: nil))
        #expect(content.items[1].actions.first?.action.status == .offTrack)
        #expect(content.items[2].actions.first?.action.status == .complete)
    }

    @Test("a heading neither known nor mapped is named; a mapping names it or ignores it")
    func mapping() throws {
        let table = Self.table(Self.header + ["Officer responsible", "Resources"], [["1", "Text.", "Act", "", "", "", "", "Priya Shah", "£5,000"]])
        let error = #expect(throws: ActionPlanSheetErrors.self) { try Self.read(table) }
        #expect(error?.failures.map(\.message).filter { $0.hasPrefix("unknown column") }.count == 2)

        let mapping = Self.table(["Sheet heading", "Equitas column"], [["Officer responsible", "Lead officer"], ["Resources", "ignore"]])
        // "Lead" is already the lead officer: the mapped heading would be a second one.
        let twice = #expect(throws: ActionPlanSheetErrors.self) { try Self.read(table, try ActionPlanHeadings(mapping: mapping, lenient: true)) }
        #expect(twice?.failures.first?.message.hasPrefix("column \"Officer responsible\" appears twice") == true)

        var header = Self.header
        header[3] = "Notes"
        let mappedTable = Self.table(header + ["Officer responsible", "Resources"], [["1", "Text.", "Act", "", "", "", "", "Priya Shah", "£5,000"]])
        let withNotes = try ActionPlanHeadings(mapping: Self.table(["Sheet heading", "Equitas column"], [
            ["Officer responsible", "Lead officer"], ["Resources", "ignore"], ["Notes", "ignore"],
        ]), lenient: true)
        let content = try Self.read(mappedTable, withNotes)
        #expect(content.items.first?.actions.first?.action.leadId == Self.lead)
    }

    @Test("a bad mapping row is named by its row in the mapping file")
    func badMapping() {
        let mapping = Self.table(["Sheet heading", "Equitas column"], [["Officer responsible", "Leader"], ["Resources", ""]])
        let error = #expect(throws: ActionPlanSheetErrors.self) { try ActionPlanHeadings(mapping: mapping, lenient: true) }
        #expect(error?.failures.map(\.path) == ["mapping row 2", "mapping row 3"])
        #expect(error?.failures.first?.message.hasPrefix("\"Leader\" is not an Equitas column") == true)
    }

    @Test("strict, as for an existing plan, a council's sheet missing the layout's columns is refused by name")
    func strictForExistingPlan() {
        let table = Self.table(Self.header, [["1", "Text.", "Act", "", "", "Green", ""]])
        let error = #expect(throws: ActionPlanSheetErrors.self) { try Self.read(table, .layout) }
        #expect(error?.failures.map(\.message).contains("missing column \"Module\"") == true)
        #expect(error?.failures.map(\.message).contains { $0.contains("Rec No") } == false)
    }

    @Test("mixed or unknown ratings, impossible dates and unknown leads are named by row and the sheet's own column")
    func badCells() {
        let table = Self.table(Self.header, [
            ["1", "Text.", "Act", "Priya Shah", "31/04/2022", "Amber/Green", ""],
            ["2", "Text.", "Act", "Tom Evens", "Sometime", "Green", ""],
        ])
        let error = #expect(throws: ActionPlanSheetErrors.self) { try Self.read(table) }
        #expect(error?.failures.map(\.path) == [
            #"row 2, column "Target date""#, #"row 2, column "RAG""#, #"row 3, column "Lead""#, #"row 3, column "Target date""#,
        ])
    }
}
