import EquitasCore
import EquitasSheets
import Foundation
import Testing

/// A workbook written by hand the way Excel writes one, so the reader is tested against
/// shared strings, styles and formulas that our own writer never produces.
@Suite("XLSX reader")
struct XLSXReaderTests {
    static let main = TestWorkbook.main, stem = TestWorkbook.relationshipStem

    static let sharedStrings = #"""
        <sst xmlns="\#(main)" count="7" uniqueCount="7">
        <si><t>Name</t></si>
        <si><r><rPr><b/></rPr><t>Start</t></r><r><t xml:space="preserve"> date</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>
        <si><t>Total</t></si>
        <si><t>Ann Jones</t></si>
        <si><t xml:space="preserve">   </t></si>
        <si><t>Status</t></si>
        <si><t>Flag</t></si>
        </sst>
        """#

    /// Style 1 is built-in date 14, 2 a custom date, 3 a "d" only inside quotes, 4 a
    /// "d" only inside a colour bracket. The cell-style list before them (whose entry
    /// is a date) must not be counted as cell formats.
    static let styles = #"""
        <styleSheet xmlns="\#(main)">
        <numFmts count="3"><numFmt numFmtId="164" formatCode="d mmm yyyy"/><numFmt numFmtId="165" formatCode="&quot;Day &quot;0"/><numFmt numFmtId="166" formatCode="[Red]0.00"/></numFmts>
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
        <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>
        </styleSheet>
        """#

    static let staff = #"""
        <worksheet xmlns="\#(main)"><sheetData>
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Cost</t></is></c><c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>5</v></c><c r="F1" t="s"><v>6</v></c></row>
        <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1"><v>44469</v></c><c r="C2" s="3"><v>7</v></c><c r="D2"><f>C2*2</f><v>14</v></c><c r="E2" t="str"><f>IF(D2&gt;10,"done","open")</f><v>done</v></c><c r="F2" t="b"><v>1</v></c></row>
        <row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" s="2"><v>61</v></c><c r="C4" s="4"><v>-2.5</v></c><c r="E4" t="e"><f>VLOOKUP(A4,X:Y,2,0)</f><v>#N/A</v></c><c r="F4" t="b"><v>0</v></c></row>
        <row r="5"><c r="A5" s="1"/><c r="B5" s="2"/></row>
        <row r="6"><c t="inlineStr"><is><r><t>A_x0009_B</t></r></is></c><c/><c><v>1e3</v></c></row>
        </sheetData></worksheet>
        """#

    static let second = #"""
        <x:worksheet xmlns:x="\#(main)"><x:sheetData>
        <x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>Only</x:t></x:is></x:c></x:row>
        <x:row r="4"><x:c r="A4"><x:v>5</x:v></x:c></x:row>
        </x:sheetData></x:worksheet>
        """#

    static func workbook() throws -> Data {
        try TestZip.make([
            ("[Content_Types].xml", #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", TestWorkbook.rootRelationships),
            ("xl/workbook.xml", #"""
                <workbook xmlns="\#(main)" xmlns:r="\#(stem)"><sheets>
                <sheet name="Staff" sheetId="1" r:id="rId2"/><sheet name="Chart" sheetId="2" r:id="rId3"/><sheet name="Second" sheetId="3" r:id="rId4"/>
                </sheets></workbook>
                """#),
            ("xl/_rels/workbook.xml.rels", #"""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="\#(stem)/styles" Target="styles.xml"/>
                <Relationship Id="rId2" Type="\#(stem)/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId3" Type="\#(stem)/chartsheet" Target="chartsheets/sheet1.xml"/>
                <Relationship Id="rId4" Type="\#(stem)/worksheet" Target="/xl/worksheets/../worksheets/second.xml"/>
                <Relationship Id="rId5" Type="\#(stem)/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>
                """#),
            ("xl/sharedStrings.xml", sharedStrings),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", staff),
            ("xl/worksheets/second.xml", second),
        ])
    }

    @Test("shared and inline strings, date styles, cached formula results, booleans, errors and gaps")
    func cells() throws {
        let tables = try XLSXReader.read(Self.workbook())
        #expect(tables.map(\.name) == ["Staff", "Second"])
        let staff = tables[0]
        #expect(staff.header == ["Name", "Start date", "Cost", "Total", "Status", "Flag"])
        #expect(staff.rows == [
            [.text("Ann Jones"), .date(CalendarDate(year: 2021, month: 9, day: 30)!), .number(7), .number(14),
             .text("done"), .text("TRUE")],
            [.text("   "), .date(CalendarDate(year: 1900, month: 3, day: 1)!), .number(-2.5), .empty, .text("#N/A"), .text("FALSE")],
            [.text("A\tB"), .empty, .number(1000), .empty, .empty, .empty],
        ])
        #expect(staff.rowNumbers == [2, 4, 6])
        #expect(tables[1] == SheetTable(name: "Second", header: ["Only"], rows: [[.number(5)]], rowNumbers: [4]))
        #expect(try XLSXReader.readFirst(Self.workbook()) == staff)
    }

    @Test("errors in a worksheet name the sheet, the row and the column letter")
    func cellErrors() throws {
        func failure(_ sheetData: String, sharedStrings: String? = nil) throws -> ValidationFailure? {
            let data = try TestWorkbook.single(sheetData: sheetData, sharedStrings: sharedStrings)
            do { _ = try XLSXReader.read(data); return nil } catch { return error }
        }
        #expect(try failure(#"<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c><c r="C1" t="inlineStr"><is><t>C</t></is></c></row>"#) ==
            ValidationFailure(path: "worksheet \"Data\", row 1, column B", message: "the header is blank"))
        #expect(try failure(#"<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c></row><row r="7"><c r="A7"><v>1</v></c><c r="B7"><v>2</v></c></row>"#) ==
            ValidationFailure(path: "worksheet \"Data\", row 7, column B", message: "the row has 2 cells but the header has 1 columns"))
        #expect(try failure(#"<row r="1"><c r="A1" t="s"><v>3</v></c></row>"#, sharedStrings: "<si><t>x</t></si>") ==
            ValidationFailure(
                path: "worksheet \"Data\", row 1, column A", message: "the cell points at a shared string the workbook does not have"))
        // A blank cell far to the right is ignored; a value past column 200 (GR) is not.
        #expect(try failure(#"<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c><c r="XFD1" s="1"/></row><row r="2"><c r="GS2"><v>1</v></c></row>"#) ==
            ValidationFailure(path: "worksheet \"Data\", row 2, column GS", message: "more than 200 columns"))
        let long = String(repeating: "y", count: 32_768)
        #expect(try failure(#"<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>\#(long)</t></is></c></row>"#) ==
            ValidationFailure(path: "worksheet \"Data\", row 2, column A", message: "the cell is longer than 32767 characters"))
    }

    @Test("an empty first worksheet is refused by readFirst but read as an empty table")
    func emptySheet() throws {
        let data = try TestWorkbook.single(sheetData: #"<row r="1"><c r="A1" s="0"/></row>"#)
        #expect(try XLSXReader.read(data) == [SheetTable(name: "Data", header: [], rows: [])])
        #expect(throws: ValidationFailure(path: "worksheet \"Data\"", message: "the worksheet is empty: it has no header row")) {
            try XLSXReader.readFirst(data)
        }
    }
}
