import EquitasCore
import EquitasSheets
import Foundation
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    static func read(_ text: String) throws(ValidationFailure) -> SheetTable {
        try CSVReader.read(Data(text.utf8), name: "upload.csv")
    }

    static func failure(_ data: Data) -> ValidationFailure? {
        do { _ = try CSVReader.read(data, name: "x.csv"); return nil } catch { return error }
    }

    static func failure(_ text: String) -> ValidationFailure? { failure(Data(text.utf8)) }

    @Test("written CSV reads back exactly, row numbers counting the lines a quoted newline adds")
    func roundTrip() throws {
        let rows: [[SheetCell]] = [
            [.text("a,b"), .text("say \"hi\"")],
            [.text("two\r\nlines"), .text("Ŵyn £5 — 平等")],
            [.text("=SUM(A1:A2)"), .text("+44 20 7946 0000")],
            [.text("-"), .text("@home")],
            [.text("'=kept apostrophe"), .text("  ")],
            [.text("\tTabbed"), .empty],
        ]
        let table = SheetTable(name: "plan.csv", header: ["Action", "Notes"], rows: rows)
        let back = try CSVReader.read(CSVWriter.write(table), name: "plan.csv")
        #expect(back.header == ["Action", "Notes"])
        #expect(back.rows == rows)
        #expect(back.rowNumbers == [2, 3, 5, 6, 7, 8])
    }

    @Test("LF or CRLF, no byte-order mark, blank lines skipped, short rows padded, header trimmed")
    func lenientLayout() throws {
        let table = try Self.read("\n\n Name , Due \r\n\r\nAnn,2021-09-30\n,\nBob\n\"\",\n\"x\"\"y\",\"\"")
        #expect(table.header == ["Name", "Due"])
        #expect(table.rows == [[.text("Ann"), .text("2021-09-30")], [.text("Bob"), .empty], [.text("x\"y"), .empty]])
        #expect(table.rowNumbers == [5, 7, 9])
        #expect(table.name == "upload.csv")
    }

    @Test("a guarded cell loses its apostrophe; other apostrophes stay")
    func formulaGuardUndone() throws {
        let table = try Self.read("A\n'=1+1\n'+7\n'hello\n''=x\nit's\n")
        #expect(table.rows.map { $0[0] } == [.text("=1+1"), .text("+7"), .text("'hello"), .text("'=x"), .text("it's")])
    }

    @Test("an unterminated quote is reported at the line where the field began")
    func unterminatedQuote() {
        let failure = Self.failure("A,B\r\n1,2\r\n3,\"open\r\nstill open\r\n")
        #expect(failure == ValidationFailure(
            path: "line 3", message: "a quoted field starts on this line but its closing quote is missing"))
    }

    @Test("a row with more cells than the header names its line and first extra column")
    func tooManyCells() {
        #expect(Self.failure("A,B\n1,2\n1,2,3\n") ==
            ValidationFailure(path: "line 3, column 3", message: "the row has 3 cells but the header has 2 columns"))
        // Empty trailing cells, as Excel pads rows, are not extra cells.
        #expect(Self.failure("A,B\n1,2,,\n") == nil)
    }

    @Test("bytes that are not UTF-8 are refused at their line; UTF-16 is named")
    func encodings() {
        var latin1 = Data("Name\nok\n".utf8)
        latin1.append(contentsOf: [0x41, 0xA3, 0x35, 0x0A])  // "A£5" in Windows-1252
        #expect(Self.failure(latin1) == ValidationFailure(path: "line 3", message: "the file is not UTF-8 text; save it as CSV UTF-8"))

        var utf16 = Data([0xFF, 0xFE])
        utf16.append(contentsOf: "A,B\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(Self.failure(utf16) ==
            ValidationFailure(path: "line 1", message: "the file is UTF-16 text, not UTF-8; save it as CSV UTF-8"))

        // UTF-16 without its mark is full of NUL bytes, which no text holds.
        let unmarked = Data("A,B".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(Self.failure(unmarked)?.message == "the file is not UTF-8 text; save it as CSV UTF-8")
    }

    @Test("a blank or repeated header names its column; an empty file has no header")
    func headerProblems() {
        #expect(Self.failure("A,,C\n") == ValidationFailure(path: "line 1, column 2", message: "the header is blank"))
        #expect(Self.failure("\nDue,Name, due\n") ==
            ValidationFailure(path: "line 2, column 3", message: "\"due\" repeats the header of column 1"))
        #expect(Self.failure(Data([0xEF, 0xBB, 0xBF]) + Data("\r\n,\r\n".utf8)) ==
            ValidationFailure(path: "", message: "the file has no header row"))
    }

    @Test("limits: columns, cell length, rows and file size are refused with a message")
    func limits() {
        let header = (1...201).map { "C\($0)" }.joined(separator: ",")
        #expect(Self.failure(header + "\n") == ValidationFailure(path: "line 1", message: "more than 200 columns"))

        let longCell = String(repeating: "é", count: 32_768)
        #expect(Self.failure("A\nshort\n\"\(longCell)\"\n") ==
            ValidationFailure(path: "line 3, column 1", message: "the cell is longer than 32767 characters"))
        #expect((try? Self.read("A\n" + String(longCell.dropLast()))) != nil)

        let rows = "A\n" + String(repeating: "x\n", count: 100_001)
        #expect(Self.failure(rows) == ValidationFailure(path: "line 100002", message: "more than 100000 rows"))

        #expect(Self.failure(Data(count: 20 * 1024 * 1024 + 1)) ==
            ValidationFailure(path: "", message: "the file is larger than 20 MB"))
    }
}
