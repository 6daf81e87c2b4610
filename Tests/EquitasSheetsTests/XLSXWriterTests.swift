import EquitasCore
import EquitasSheets
import Foundation
import Testing

@Suite("XLSX writer")
struct XLSXWriterTests {
    static let due = CalendarDate(year: 2021, month: 9, day: 30)!
    static let plan = SheetTable(name: "Action plan", header: ["Action", "Due", "Cost", "Notes"], rows: [
        [.text("=HYPERLINK(\"http://evil\",\"click\")"), .date(due), .number(1250), .empty],
        [.empty, .empty, .empty, .empty],
        [.text("  "), .empty, .number(-3), .text("two\nlines _x0041_ \u{1} & <b>")],
        [.text("Train staff £ Ŵ"), .date(CalendarDate(year: 1900, month: 3, day: 1)!), .number(0.1), .empty],
    ])

    @Test("text, numbers, dates and gaps read back as written, with spreadsheet row numbers; a control character is refused by cell")
    func roundTrip() throws {
        // The writer escapes a control character (see `structure`); reading one back is
        // refused, since no database stores it alike (StorableText).
        #expect(throws: ValidationFailure(path: "worksheet \"Action plan\", row 4, column D", message: "the cell " + StorableText.message("\u{1}"))) {
            try XLSXReader.read(XLSXWriter.write([Self.plan]))
        }
        var plan = Self.plan
        plan.rows[2][3] = .text("two\nlines _x0041_ & <b>")
        let second = SheetTable(name: "Second", header: ["Only"], rows: [[.number(5)]])
        let tables = try XLSXReader.read(XLSXWriter.write([plan, second]))
        #expect(tables.map(\.name) == ["Action plan", "Second"])
        #expect(tables[0].header == plan.header)
        #expect(tables[0].rows == [plan.rows[0], plan.rows[2], plan.rows[3]])
        #expect(tables[0].rowNumbers == [2, 4, 5])
        #expect(tables[1].rows == [[.number(5)]])
        #expect(try XLSXReader.readFirst(XLSXWriter.write([plan])).rows.count == 3)
    }

    @Test("header bold, frozen and filtered; text inline and never a formula; dates as serials in dd/mm/yyyy")
    func structure() throws {
        let parts = try TestZip.parts(of: XLSXWriter.write([Self.plan]))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<autoFilter ref="A1:D5"/>"#))
        #expect(sheet.contains(#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Action</t></is></c>"#))
        #expect(sheet.contains(#"<c r="B2" s="2"><v>44469</v></c>"#))
        #expect(sheet.contains(#"<c r="C4"><v>-3</v></c>"#))
        #expect(sheet.contains(#"<c r="A2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK("http://evil","click")</t></is></c>"#))
        #expect(!sheet.contains("<f>"))
        #expect(sheet.contains(#"<t xml:space="preserve">two\#nlines _x005F_x0041_ _x0001_ &amp; &lt;b&gt;</t>"#))
        #expect(try #require(parts["xl/styles.xml"]).contains(#"<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>"#))
        #expect(try #require(parts["xl/workbook.xml"]).contains(
            #"<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Action plan'!$A$1:$D$5</definedName>"#))
        #expect(parts["[Content_Types].xml"]?.contains("spreadsheetml.worksheet+xml") == true)
    }

    @Test("columns sized to their content between 8 and 50; long or multi-line text wraps")
    func widthsAndWrapping() throws {
        let long = String(repeating: "word ", count: 20)
        let table = SheetTable(name: "W", header: ["A", "Description", "Due"], rows: [
            [.text("x"), .text(long), .date(Self.due)],
        ])
        let sheet = try #require(TestZip.parts(of: XLSXWriter.write([table]))["xl/worksheets/sheet1.xml"])
        // "A" + 3 for the filter button + 2 is under the minimum; the description is capped;
        // "Due" + 3 + 2 = 8 but the date's 10 characters + 2 win.
        #expect(sheet.contains(#"<cols><col min="1" max="1" width="8.0" customWidth="1"/><col min="2" max="2" width="50.0" customWidth="1"/><col min="3" max="3" width="12.0" customWidth="1"/></cols>"#))
        #expect(sheet.contains(#"<c r="B2" s="3" t="inlineStr">"#))
        #expect(sheet.contains(#"<c r="A2" t="inlineStr">"#))
    }

    @Test("the same tables give the same bytes; properties go into docProps/core.xml")
    func deterministic() throws {
        let properties = WorkbookProperties(title: "Action plan", author: "Ann", date: Self.due)
        let first = try XLSXWriter.write([Self.plan], properties: properties)
        #expect(try XLSXWriter.write([Self.plan], properties: properties) == first)
        let core = try #require(TestZip.parts(of: first)["docProps/core.xml"])
        #expect(core.contains("<dc:title>Action plan</dc:title>") && core.contains("<dc:creator>Ann</dc:creator>"))
        #expect(core.contains("2021-09-30T00:00:00Z"))
        #expect(try TestZip.parts(of: XLSXWriter.write([Self.plan]))["docProps/core.xml"] == nil)
    }

    @Test("worksheet names are made valid and distinct")
    func sheetNames() throws {
        let names = [
            "Plan: 2025/26 [draft]", "PLAN: 2025/26 [draft]", "", "History", String(repeating: "x", count: 40), "'Quoted'", "a*b?c\\d",
        ]
        let tables = names.map { SheetTable(name: $0, header: ["A"], rows: []) }
        let back = try XLSXReader.read(XLSXWriter.write(tables)).map(\.name)
        #expect(back == [
            "Plan- 2025-26 (draft)", "PLAN- 2025-26 (draft) (2)", "Sheet3", "History (2)",
            String(repeating: "x", count: 31), "Quoted", "a-b-c-d",
        ])
    }
}
