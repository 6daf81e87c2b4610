import EquitasCore
import EquitasSheets
import Foundation
import Testing

@Suite("CSV writer")
struct CSVWriterTests {
    static func text(_ data: Data) -> String {
        String(decoding: data.dropFirst(3), as: UTF8.self)
    }

    @Test("UTF-8 with a byte-order mark, CRLF after every record, dates as YYYY-MM-DD")
    func layout() {
        let table = SheetTable(name: "Plan", header: ["Action", "Due", "Cost"], rows: [
            [.text("Train staff £"), .date(CalendarDate(year: 2021, month: 9, day: 30)!), .number(1250)],
            [.text("Audit"), .empty, .number(0.5)],
        ])
        let data = CSVWriter.write(table)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Self.text(data) == "Action,Due,Cost\r\nTrain staff £,2021-09-30,1250\r\nAudit,,0.5\r\n")
    }

    @Test("fields with commas, quotes, line breaks or edge spaces are quoted; quotes doubled")
    func quoting() {
        let table = SheetTable(name: "", header: ["A"], rows: [
            [.text("a,b")], [.text("say \"hi\"")], [.text("two\nlines")], [.text("cr\rhere")],
            [.text(" lead")], [.text("trail ")], [.text("in side")],
        ])
        #expect(Self.text(CSVWriter.write(table)) == [
            "A", "\"a,b\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", "\"cr\rhere\"", "\" lead\"", "\"trail \"", "in side",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test("text that a spreadsheet would run as a formula gets an apostrophe; numbers do not")
    func formulaGuard() {
        let table = SheetTable(name: "", header: ["=Header"], rows: [
            [.text("=HYPERLINK(\"http://x\",\"y\")")], [.text("+44 20")], [.text("-minus")], [.text("@sum")],
            [.text("\tTab")], [.text("\rCR")], [.text("'=already")], [.text("it's = fine")], [.number(-3)],
        ])
        #expect(Self.text(CSVWriter.write(table)) == [
            "'=Header", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "'+44 20", "'-minus", "'@sum",
            "'\tTab", "\"'\rCR\"", "''=already", "it's = fine", "-3",
        ].map { $0 + "\r\n" }.joined())
    }
}
