import EquitasCore
import EquitasSheets
import Foundation
import Testing

/// A workbook cell is a formula only when the writer puts it in `<f>`; text that looks
/// like one must go out as an inline string, which Excel and LibreOffice show as text.
@Suite("Formula injection in written workbooks")
struct FormulaInjectionXLSXTests {
    @Test("=HYPERLINK and the other triggers are inline strings, with no formula element anywhere")
    func textStaysText() throws {
        let payloads = [#"=HYPERLINK("http://x","y")"#, "+1+1", "-1-1", "@SUM(A1)", "\tTab", "\rCR"]
        let table = SheetTable(name: "Plan", header: ["=Header"], rows: payloads.map { [.text($0)] })
        let sheet = try #require(try TestZip.parts(of: try XLSXWriter.write([table]))["xl/worksheets/sheet1.xml"])
        #expect(!sheet.contains("<f>") && !sheet.contains("<f "))
        let cells = sheet.components(separatedBy: "<c ").dropFirst()
        #expect(cells.count == payloads.count + 1)
        #expect(cells.allSatisfy { $0.contains(#"t="inlineStr""#) })
        #expect(sheet.contains(#"<t xml:space="preserve">=HYPERLINK("http://x","y")</t>"#))
        let read = try XLSXReader.readFirst(try XLSXWriter.write([table])).rows.map { $0.first }
        #expect(read == payloads.map { SheetCell.text($0) }, "\(read.map { String(describing: $0).unicodeScalars.map(\.value) })")
    }
}
