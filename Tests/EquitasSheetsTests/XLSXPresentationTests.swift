import EquitasCore
import EquitasSheets
import Foundation
import Testing

@Suite("XLSX print setup, drop-down lists, fills and row heights")
struct XLSXPresentationTests {
    static let table = SheetTable(
        name: "Plan", header: ["Action", "Status"],
        rows: [
            [.text(String(repeating: "Consult residents on the plan. ", count: 6)), .text("On track")],
            [.text("Short"), .text("Off track")],
        ],
        presentation: SheetPresentation(
            printsLandscapeToWidth: true,
            choices: [.init(column: 1, values: ["On track", "Off track"])],
            tones: [.init(column: 1, value: "On track", fill: .green), .init(column: 1, value: "Off track", fill: .red)]))

    @Test("landscape, one page wide, header row on every page; a list and fills on the status column; rows tall enough for their wrapped text")
    func structure() throws {
        let parts = try TestZip.parts(of: XLSXWriter.write([Self.table]))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(sheet.contains(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#))
        #expect(sheet.contains(#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#))
        #expect(workbook.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'Plan'!$1:$1</definedName>"#))
        #expect(sheet.contains(#"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="warning" sqref="B2:B203"><formula1>"On track,Off track"</formula1></dataValidation>"#))
        #expect(sheet.contains(#"<cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>"On track"</formula></cfRule>"#))
        #expect(sheet.contains(#"<cfRule type="cellIs" dxfId="2" priority="2" operator="equal"><formula>"Off track"</formula></cfRule>"#))
        #expect(try #require(parts["xl/styles.xml"]).contains(#"<dxfs count="3">"#))
        // 186 characters in a 50-wide column: four lines of 15 points.
        #expect(sheet.contains(#"<row r="2" ht="60.0" customHeight="1">"#))
        #expect(sheet.contains(#"<row r="3">"#))
    }

    @Test("what the presentation adds never changes what is read back")
    func readsBackTheSame() throws {
        let read = try XLSXReader.readFirst(XLSXWriter.write([Self.table]))
        #expect(read.header == Self.table.header && read.rows == Self.table.rows)
        #expect(read.presentation == .plain)
    }

    @Test("a plain table gets no print setup, lists or fills")
    func plain() throws {
        let parts = try TestZip.parts(of: XLSXWriter.write([SheetTable(name: "P", header: ["A"], rows: [[.text("x")]])]))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(!sheet.contains("pageSetup") && !sheet.contains("dataValidation") && !sheet.contains("conditionalFormatting"))
    }
}
