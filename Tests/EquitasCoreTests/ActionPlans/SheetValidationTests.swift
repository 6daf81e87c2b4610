import EquitasCore
import EquitasFixtures
import Testing

@Suite("Action plan sheet: every bad cell named by row and column")
struct SheetValidationTests {
    typealias Column = ActionPlanSheet.Column

    func failures(_ edit: (inout SheetTable) -> Void) -> [String] {
        var table = SheetTests.table
        edit(&table)
        return SheetTests.described(table)
    }

    @Test("the issue's example: a month that does not exist")
    func issueExample() {
        let failures = failures { $0[14, .due] = .text("31/13/2021") }
        #expect(failures == [#"row 14, column "Due": "31/13/2021" is not a date (use DD/MM/YYYY or YYYY-MM-DD)"#])
    }

    @Test("every bad cell is reported at once, in the order the sheet reads")
    func several() throws {
        var table = SheetTests.table
        table[20, .number] = .text("x")
        table[14, .due] = .text("31/13/2021")
        table[3, .status] = .text("Done")
        table[5, .lead] = .text("Jo Nobody")
        let error = #expect(throws: ActionPlanSheetErrors.self) { try SheetTests.read(table) }
        #expect(error?.failures.map(\.description) == [
            #"row 3, column "Status": "Done" is not a status (use Not started, On track, At risk, Off track, Complete or Closed as not needed, or Red, Amber, Green or Blue)"#,
            #"row 5, column "Lead officer": no person called "Jo Nobody"; add them first"#,
            #"row 14, column "Due": "31/13/2021" is not a date (use DD/MM/YYYY or YYYY-MM-DD)"#,
            #"row 20, column "No.": "x" is not an item number (use a whole number, 1 or more)"#,
        ])
        #expect(error?.description.hasPrefix("the action plan sheet has 4 problems:\nrow 3, column \"Status\"") == true)
    }

    @Test("a missing column is named once, and the rows are not read")
    func missingColumn() {
        let failures = failures { table in
            table.header.remove(at: Column.due.rawValue)
            table.rows = table.rows.map { var row = $0; row.remove(at: Column.due.rawValue); return row }
        }
        #expect(failures == [#"header: missing column "Due""#])
    }

    @Test("an unknown column is refused, so a typo does not drop a column's data")
    func unknownColumn() {
        let failures = failures { $0.header[Column.lead.rawValue] = "Lead oficer" }
        #expect(failures == [
            #"header: unknown column "Lead oficer" (the columns are No., Module, Recommendation, Response, Rationale, Action, Lead officer, Timescale, Start, Due, Monitored by, Status, Latest update, Updated on, Updated by; a mapping file can say which one it is, or to ignore it)"#,
            #"header: missing column "Lead officer""#,
        ])
    }

    @Test("a column given twice is refused, naming both places")
    func repeatedColumn() {
        let failures = failures { table in
            table.header.append("status")
            table.rows = table.rows.map { $0 + [.text("Complete")] }
        }
        #expect(failures == [#"header: column "status" appears twice (columns L and P)"#])
    }

    @Test("a value in a column with no header is named by its letter")
    func unheadedValue() {
        let failures = failures { table in
            table.header.append("")
            table.rows = table.rows.map { $0 + [.empty] }
            table.rows[3][15] = .text("check with Amira")
        }
        #expect(failures == ["row 5, column P: has a value but its column has no header"])
    }

    @Test("No. is a whole number, 1 or more, typed as a number or as text")
    func itemNumber() throws {
        let cases: [(SheetCell, String)] = [
            (.empty, #"row 10, column "No.": must not be blank"#),
            (.text("7a"), #"row 10, column "No.": "7a" is not an item number (use a whole number, 1 or more)"#),
            (.number(0), #"row 10, column "No.": "0" is not an item number (use a whole number, 1 or more)"#),
            (.number(2.5), #"row 10, column "No.": "2.5" is not an item number (use a whole number, 1 or more)"#),
            (.date(CalendarDate("2021-05-05")!), #"row 10, column "No.": "2021-05-05" is not an item number (use a whole number, 1 or more)"#),
        ]
        for (cell, message) in cases {
            #expect(failures { $0[10, .number] = cell } == [message], "\(cell)")
        }
        for fine in [SheetCell.number(5.0), .text(" 5 "), .text("5.0")] {
            var table = SheetTests.table
            table[10, .number] = fine
            #expect(try SheetTests.read(table).items[4].item.number == 5, "\(fine)")
        }
    }

    @Test("an item's rows must be next to each other")
    func contiguousRows() {
        let failures = failures { table in
            let moved = table.rows.remove(at: 1)
            table.rows.append(moved)
        }
        #expect(failures == [#"row 49, column "No.": item 1 also has row 2 above; keep an item's rows together"#])
    }

    @Test("an item's later rows must repeat its first row; spelling a value another way is fine")
    func disagreeingRows() throws {
        #expect(failures { table in
            table[3, .recommendation] = .text("Something else")
            table[3, .rationale] = .text("Because.")
        } == [
            #"row 3, column "Recommendation": differs from row 2, the first row of item 1 (an item's rows must agree)"#,
            #"row 3, column "Rationale": differs from row 2, the first row of item 1 (an item's rows must agree)"#,
        ])
        var table = SheetTests.table
        table[3, .response] = .text(" agreed ")
        table[3, .module] = .text("1")
        #expect(try SheetTests.read(table) == PlanContent(record: PlanFixture.record).asInSheet)
    }

    @Test("the recommendation is required; formula-looking text is only text")
    func recommendationText() throws {
        #expect(failures { $0[10, .recommendation] = .text("  ") } == [#"row 10, column "Recommendation": must not be blank"#])
        var table = SheetTests.table
        table[10, .recommendation] = .text("=Tell residents what changed")
        #expect(try SheetTests.read(table).items[4].item.text == "=Tell residents what changed")
    }

    @Test("a response by label or stored value; empty means not yet answered")
    func responses() throws {
        #expect(failures { $0[10, .response] = .text("Agred") } == [
            #"row 10, column "Response": "Agred" is not a response (use Agreed, Agreed with a different approach, Already done or Not agreed, or leave it empty until answered)"#,
        ])
        var table = SheetTests.table
        table[10, .response] = .empty
        table[11, .response] = .text("agreed-different-approach")
        let items = try SheetTests.read(table).items
        #expect(items[4].item.response == nil)
        #expect(items[5].item.response == .agreedDifferentApproach)
    }

    @Test("a response short of agreed needs a rationale, named at the Rationale cell")
    func rationaleRequired() throws {
        #expect(failures { $0[10, .response] = .text("Not agreed") } == [
            #"row 10, column "Rationale": a response of "Not agreed" needs a rationale saying why"#,
        ])
        #expect(failures { $0[10, .response] = .text("already-done") } == [
            #"row 10, column "Rationale": a response of "Already done" needs a rationale saying why"#,
        ])
        var table = SheetTests.table
        table[10, .response] = .text("Not agreed")
        table[10, .rationale] = .text("The website already does this.")
        #expect(try SheetTests.read(table).items[4].item.rationale == "The website already does this.")
    }

    @Test("a module by name, code or id; an unknown one lists the names accepted")
    func modules() throws {
        #expect(failures { $0[10, .module] = .text("Comunities") } == [
            #"row 10, column "Module": "Comunities" is not one of this plan's modules (use "Understanding and working with your communities", "Leadership, partnership and organisational commitment", "Responsive services and customer care" or "Diverse and engaged workforce")"#,
        ])
        var table = SheetTests.table
        table[10, .module] = .text("WORKFORCE")
        table[11, .module] = .text("3")
        let items = try SheetTests.read(table).items
        #expect(items[4].item.module == "workforce")
        #expect(items[5].item.module == "services")
    }

    @Test("a row with no action is an item without actions, but only as the item's only row")
    func rowWithoutAction() throws {
        let cleared = { (table: inout SheetTable, row: Int) in
            for column in Column.actionColumns { table[row, column] = .empty }
        }
        #expect(failures { cleared(&$0, 3) } == [#"row 3, column "Action": item 1 has other rows, so this row needs an action"#])
        var table = SheetTests.table
        cleared(&table, 10)
        #expect(try SheetTests.read(table).items[4].actions.isEmpty)
        #expect(failures { $0[10, .action] = .empty } == [#"row 10, column "Action": must not be blank"#])
    }

    @Test("cells over the text limits are named")
    func textLimits() {
        let long = String(repeating: "x", count: 301)
        #expect(failures { $0[10, .monitoredBy] = .text(long) } == [#"row 10, column "Monitored by": is 301 characters long; the limit is 300"#])
        #expect(failures { $0[10, .timescale] = .text(String(long.prefix(201))) } == [#"row 10, column "Timescale": is 201 characters long; the limit is 200"#])
        #expect(failures { $0[10, .updatedBy] = .text(String(long.prefix(201))) } == [#"row 10, column "Updated by": is 201 characters long; the limit is 200"#])
    }

    @Test("a sheet with only a header is refused rather than read as an empty plan")
    func noRows() {
        let table = SheetTable(name: "Action plan", header: ActionPlanSheet.headers, rows: [[SheetCell]](repeating: [], count: 0))
        #expect(SheetTests.described(table) == ["rows: the sheet has no rows below its header"])
    }

    @Test("the description lists fifty problems and counts the rest")
    func describedLimit() {
        let many = ActionPlanSheetErrors((1...53).map { ValidationFailure(path: "row \($0 + 1), column \"Due\"", message: "bad") })
        let lines = many.description.split(separator: "\n")
        #expect(lines.count == 52)
        #expect(lines.first == "the action plan sheet has 53 problems:")
        #expect(lines[50] == #"row 51, column "Due": bad"#)
        #expect(lines.last == "and 3 more")
        #expect(ActionPlanSheetErrors([ValidationFailure(path: "header", message: "m")]).description == "the action plan sheet has 1 problem:\nheader: m")
    }
}
