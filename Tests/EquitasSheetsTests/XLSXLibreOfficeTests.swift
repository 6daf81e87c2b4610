import EquitasCore
import EquitasFixtures
import EquitasSheets
import Foundation
import Testing

/// Opens a written workbook in LibreOffice Calc: exported to CSV it shows the cells a
/// person would see, and saved again as XLSX (Calc's own shared strings, styles and
/// number formats) it reads back to the same table.
@Suite("XLSX in LibreOffice", .enabled(if: OfficeConversion.isAvailable, "needs LibreOffice (soffice) on PATH"))
struct XLSXLibreOfficeTests {
    static let table = SheetTable(name: "Plan", header: ["Action", "Due", "Cost", "Owner"], rows: [
        [.text("=1+1"), .date(CalendarDate(year: 2021, month: 9, day: 30)!), .number(1250.5), .text("Ŵyn £")],
        [.text("Audit, then report"), .date(CalendarDate(year: 1900, month: 3, day: 1)!), .empty, .text("  ")],
    ])

    /// Converts the written workbook with Calc and returns the converted file's bytes.
    static func convert(to filter: String, fileExtension: String) throws -> Data {
        try OfficeConversion.convert(try XLSXWriter.write([table]), inputExtension: "xlsx", filter: filter, outputExtension: fileExtension)
    }

    @Test("Calc exports the cells as written: dates as dd/mm/yyyy, formula-like text as text")
    func csvExport() throws {
        let exported = try Self.convert(to: OfficeConversion.csvFilter, fileExtension: "csv")
        let csv = String(decoding: exported, as: UTF8.self)
        // "=1+1" is quoted: it arrived as text, not as a formula that would export as 2.
        #expect(csv.split(whereSeparator: \.isNewline) == [
            #""Action","Due","Cost","Owner""#,
            #""=1+1",30/09/2021,1250.5,"Ŵyn £""#,
            #""Audit, then report",01/03/1900,,"  ""#,
        ])
    }

    @Test("a workbook saved again by Calc reads back to the same table")
    func calcResave() throws {
        let back = try XLSXReader.readFirst(Self.convert(to: "xlsx:Calc MS Excel 2007 XML", fileExtension: "xlsx"))
        #expect(back == Self.table)
    }
}
