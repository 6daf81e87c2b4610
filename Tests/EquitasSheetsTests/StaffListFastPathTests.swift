import EquitasCore
import EquitasSheets
import Foundation
import Testing

/// The fast CSV path for staff lists must give exactly the general path's records, and
/// for any file it is unsure of hand over so that the errors are the general path's.
@Suite("Staff list CSV: fast path agrees with the general reader")
struct StaffListFastPathTests {
    static let header = "employee_id,sex,ethnicity,disability,grade,full_pay,hourly_pay,bonus_pay,Sexual orientation,religion_or_belief"

    static func csv(_ lines: [String], ending: String = "\n", bom: Bool = false) -> Data {
        (bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(lines.joined(separator: ending).utf8)
    }

    /// Both paths read the file the same way, and the fast one did not hand over.
    func expectSameRecords(_ data: Data, columns: StaffColumns = StaffColumns(), sourceLocation: SourceLocation = #_sourceLocation) throws {
        let general = try StaffListFile.generalRecords(data, columns: columns)
        let fast = try #require(StaffListFile.fastRecords(data, columns: columns), sourceLocation: sourceLocation)
        #expect(fast == general, sourceLocation: sourceLocation)
        #expect(try StaffListFile.records(data, columns: columns) == general, sourceLocation: sourceLocation)
    }

    /// The same records, or the same refusal in the same words, as the general path.
    func expectSameOutcome(_ data: Data, refused: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        func outcome(_ read: () throws -> [StaffRecord]) -> String {
            do { return "records: \(try read())" } catch { return "refused: \(error)" }
        }
        let general = outcome { try StaffListFile.generalRecords(data) }
        #expect(outcome { try StaffListFile.records(data) } == general, sourceLocation: sourceLocation)
        #expect(general.hasPrefix("refused") == refused, sourceLocation: sourceLocation)
    }

    @Test("plain rows, quoted commas and quotes, CRLF, a byte-order mark, blank lines and short rows")
    func awkwardButGood() throws {
        let lines = [
            Self.header,
            "E1,Female,White,No,Grade 1,yes,12.65,,Heterosexual or straight,Christian",
            "E2,Male,\"Black, Black British, Caribbean or African\",Yes,\"Grade \"\"2\"\"\",no,13.5,250.00,Bisexual,",
            "",
            "  E3 , female ,  Prefer not to say , not known ,  Grade 3  , Y ,\"£1,234.50\",\" 1,000 \",PNTS,Declined",
            ",,,,,,,,,",
            "E4,M,,,,TRUE,0012.10,0,,",
            "E5,F,Gwyn – Cymraeg,Non-disabled,Gradd 4,1,9",
            "E6,'=HYPERLINK(x),'+44,\t,,false,10.001,3e2,'-,'@",
        ]
        try expectSameRecords(Self.csv(lines))
        try expectSameRecords(Self.csv(lines, ending: "\r\n", bom: true))
        try expectSameRecords(Self.csv(lines, ending: "\r") + Data("\r".utf8))
    }

    @Test("a council's own headers through a mapping, and a list with no further columns")
    func mapped() throws {
        let columns = StaffColumns(renames: ["Pay No": "employee_id", "Gender": "sex", "Full?": "full_pay", "Rate": "hourly_pay"])
        try expectSameRecords(Self.csv(["Pay No,Gender,Full?,Rate", "1,F,yes,10", "2,M,no,20.25"]), columns: columns)
        try expectSameRecords(Self.csv(["employee_id,sex,full_pay,hourly_pay", "1,F,yes,10"]))
    }

    @Test("a list that derives rates from period pay is read the general way, with the same records")
    func derived() throws {
        let data = Self.csv(["employee_id,sex,full_pay,ordinary_pay,bonus_in_period,period_days,weekly_hours", "1,F,yes,1400,100,30,35"])
        #expect(StaffListFile.fastRecords(data) == nil)
        #expect(try StaffListFile.records(data) == StaffListFile.generalRecords(data))
    }

    @Test("bad cells, repeats and broken files are refused in the general path's words", arguments: [
        ["employee_id,sex,full_pay,hourly_pay", "1,F,maybe,10", "2,M,yes,ten", "3,M,yes,-3"],
        ["employee_id,sex,full_pay,hourly_pay", "1,F,yes,10", "1,M,yes,11"],
        ["employee_id,sex,full_pay,hourly_pay", ",F,yes,10", "2,M,,11", "3,F,yes,"],
        ["employee_id,sex,full_pay,hourly_pay,bonus_pay", "1,F,yes,10,lots"],
        ["employee_id,sex,full_pay,hourly_pay", "1,F,yes,10,extra"],
        ["employee_id,sex,full_pay,hourly_pay", "1,F,yes,\"10"],
        ["employee_id,sex,hourly_pay", "1,F,10"],
        ["employee_id,sex,sex,full_pay,hourly_pay", "1,F,F,yes,10"],
        ["employee_id,,full_pay,hourly_pay", "1,F,yes,10"],
        [""],
    ])
    func refused(lines: [String]) {
        expectSameOutcome(Self.csv(lines))
    }

    @Test("a line break inside quotes, or text after a closing quote, is handed to the general reader")
    func handedOver() {
        let breakInQuotes = Self.csv(["employee_id,sex,full_pay,hourly_pay", "1,\"Fe", "male\",yes,10"])
        #expect(StaffListFile.fastRecords(breakInQuotes) == nil)
        expectSameOutcome(breakInQuotes, refused: false)
        expectSameOutcome(Self.csv(["employee_id,sex,full_pay,hourly_pay", "1,\"F\"x,yes,10"]), refused: false)
        expectSameOutcome(Self.csv(["employee_id,sex,full_pay,hourly_pay", "1,F\"x\",yes,10"]), refused: false)
    }

    @Test("text that is not UTF-8, or has NUL bytes, is refused the general way")
    func notUTF8() {
        let good = Data("employee_id,sex,full_pay,hourly_pay\n1,F,yes,10\n".utf8)
        expectSameOutcome(Data([0xFF, 0xFE]) + good)
        expectSameOutcome(good + Data([0xC3, 0x28, 0x0A]))
        expectSameOutcome(good + Data([0x31, 0x00, 0x0A]))
    }

    /// Rows whose long fields put `text` at every place in a 64-byte block and in each of
    /// its 16-byte parts, for the checks the splitter makes as it reads a block at a time;
    /// each with that row in the middle of the file and as its last row (the short last
    /// block, read from a padded copy).
    static func rowsWith(_ text: [UInt8]) -> [Data] {
        (0..<80).flatMap { offset in
            var file = Data((header + "\n" + "E0,Female,White British and a long name,No,Grade 1,yes,12.00,,,\n").utf8)
            var field = Data(String(repeating: "x", count: offset).utf8) + Data(text) + Data("yz and more words after it".utf8)
            field += Data(",".utf8)
            file += Data("E1,Male,".utf8) + field + Data("No,Grade 2,yes,13.00,,Heterosexual or straight,".utf8)
            return [file + Data("\nE2,Female,White,No,Grade 3,no,14.00,,,\n".utf8), file]
        }
    }

    @Test("UTF-8 text, bad UTF-8 and NUL bytes at every place in a block of a long field: taken, or refused the general way")
    func bytesInWords() throws {
        for file in Self.rowsWith(Array("é – ü".utf8)) { try expectSameRecords(file) }
        for bad in [[0xC3, 0x28], [0x00], [0xE2, 0x80], [0x80], [0xC3, 0xA9, 0x00]] as [[UInt8]] {
            for file in Self.rowsWith(bad) {
                #expect(StaffListFile.fastRecords(file) == nil)
                expectSameOutcome(file)
            }
        }
    }

    @Test("the same figures from either path on a larger list with ties")
    func figures() throws {
        var lines = [Self.header]
        for index in 0..<5_000 {
            let sex = ["Female", "Male", "F", "prefer not to say", ""][index % 5]
            let rate = ["12.65", "13.00", "14.10", "20", "\"£1,000.00\""][(index * 7) % 5]
            lines.append("E\(index),\(sex),White,No,Grade \(index % 9),\(index % 13 == 0 ? "no" : "yes"),\(rate),\(index % 10 == 0 ? "\(index).5" : ""),,")
        }
        let data = Self.csv(lines)
        try expectSameRecords(data)
        let snapshot = CalendarDate(year: 2026, month: 3, day: 31)!
        #expect(GenderPayGap.report(try StaffListFile.records(data), snapshot: snapshot)
            == GenderPayGap.report(try StaffListFile.generalRecords(data), snapshot: snapshot))
    }

    @Test("read as two halves at once, a list gives the same records in the same order, whichever line the split falls on")
    func halves() throws {
        var lines = [Self.header]
        for index in 0..<997 {
            lines.append("E\(index),\(index % 2 == 0 ? "Female" : "Male"),White,No,Grade \(index % 7),yes,\(10 + index % 50).25,,,")
        }
        let data = Self.csv(lines)
        let general = try StaffListFile.generalRecords(data)
        for splitAbove in [0, 1, 1_000, data.count / 3] {
            let halves = try #require(StaffListFile.fastRecords(data, splitAbove: splitAbove))
            #expect(halves == general, "split above \(splitAbove) bytes")
        }
        // A repeated id across the halves is still found, and the general path's words come back.
        let repeated = Self.csv(lines + ["E3,Female,White,No,Grade 1,yes,11.00,,,"])
        #expect(StaffListFile.fastRecords(repeated, splitAbove: 0) == nil)
    }
}
