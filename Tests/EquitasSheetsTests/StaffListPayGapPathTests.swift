import EquitasCore
import Foundation
import Testing

@testable import EquitasSheets

/// `equitas paygap --by sex` reads a CSV list for the figures alone (only the id, sex,
/// full pay, rate and bonus cells, amounts straight into whole units). Its figures must
/// be exactly those of the records the general reader makes, and for anything it is
/// unsure of it must hand over, so that refusals name the same rows and columns.
@Suite("Staff list CSV: the figures-only pay gap path agrees with the records")
struct StaffListPayGapPathTests {
    static let snapshot = CalendarDate(year: 2026, month: 3, day: 31)!
    static let header = StaffListFastPathTests.header

    static func csv(_ lines: [String], ending: String = "\n", bom: Bool = false) -> Data {
        StaffListFastPathTests.csv(lines, ending: ending, bom: bom)
    }

    /// The figures-only path took the file and gave the records' figures.
    func expectSameFigures(_ data: Data, splitAbove: Int = 1 << 22, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let general = GenderPayGap.report(try StaffListFile.generalRecords(data), snapshot: Self.snapshot)
        let tally = try #require(StaffListFile.payGapTally(data, splitAbove: splitAbove), sourceLocation: sourceLocation)
        #expect(GenderPayGap.report(tally, snapshot: Self.snapshot) == general, sourceLocation: sourceLocation)
        #expect(try StaffListFile.genderPayGap(data, snapshot: Self.snapshot) == general, sourceLocation: sourceLocation)
    }

    /// The same figures, or the same refusal in the same words, as the general path.
    func outcome(_ read: () throws -> GenderPayGapReport) -> String {
        do { return "figures: \(try read())" } catch { return "refused: \(error)" }
    }

    @Test("quoted commas and quotes, CRLF, a byte-order mark, blank lines, short rows, £ and 3e2 amounts")
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
            "\"E7\",\"Male\",,,,\"yes\",\"11.000\",\"12.\",,",
            "E8,Prefer not to say,,,,yes,12,,,",
            "E9,non-binary,,,,yes,12,.5,,",
        ]
        try expectSameFigures(Self.csv(lines))
        try expectSameFigures(Self.csv(lines, ending: "\r\n", bom: true))
        try expectSameFigures(Self.csv(lines, ending: "\r") + Data("\r".utf8))
    }

    @Test("UTF-8 text is read, and bad UTF-8 or a NUL at any place in a block hands the file to the record path's refusal")
    func bytesInWords() throws {
        for file in StaffListFastPathTests.rowsWith(Array("é – ü".utf8)) {
            try expectSameFigures(file)
            try expectSameFigures(file, splitAbove: 0)
        }
        for bad in [[0xC3, 0x28], [0x00], [0x80], [0xC3, 0xA9, 0x00]] as [[UInt8]] {
            for file in StaffListFastPathTests.rowsWith(bad) {
                #expect(StaffListFile.payGapTally(file) == nil)
                #expect(StaffListFile.payGapTally(file, splitAbove: 0) == nil)
                let general = outcome { GenderPayGap.report(try StaffListFile.generalRecords(file), snapshot: Self.snapshot) }
                #expect(general.hasPrefix("refused"))
                #expect(outcome { try StaffListFile.genderPayGap(file, snapshot: Self.snapshot) } == general)
            }
        }
    }

    @Test("a larger list with ties, trailing zeros and six decimal places, read whole and as two parts split anywhere")
    func figures() throws {
        var lines = [Self.header]
        for index in 0..<5_003 {
            let sex = ["Female", "Male", "F", "prefer not to say", "", "m"][index % 6]
            let rate = ["12.65", "13.00", "14.10", "20", "\"£1,000.00\"", "9.123456", "0"][(index * 7) % 7]
            let bonus = index % 10 == 0 ? "\(index).5" : (index % 17 == 0 ? "0.000001" : "")
            lines.append("E\(index),\(sex),White,No,Grade \(index % 9),\(index % 13 == 0 ? "no" : "yes"),\(rate),\(bonus),,")
        }
        let data = Self.csv(lines)
        for splitAbove in [0, 1_000, data.count / 3, 1 << 22] { try expectSameFigures(data, splitAbove: splitAbove) }
    }

    /// A random staff list: awkward but good cells, and in four lists of seven one bad
    /// cell, a repeated id, a NUL or bad UTF-8, a line break in quotes, or a cell at the
    /// cell limit or one character over it; long cells that cross
    /// the splitter's 64-byte blocks; any line ending, blank lines, a byte-order mark.
    static func randomList(_ draws: inout CSVFieldSplitterTests.Draws) -> Data {
        func one(_ pool: [String]) -> String { pool[draws.below(pool.count)] }
        let long = String(repeating: "Prefer to describe in my own words ", count: 1 + draws.below(4))
        var lines = [Array(header.utf8)]
        let rows = 10 + draws.below(50)
        // Four lists of seven have one thing wrong or unusual in one row.
        let trouble = draws.below(14), troubleRow = draws.below(rows)
        for row in 0..<rows {
            if draws.chance(4), row != troubleRow {
                lines.append(Array((draws.chance(50) ? "" : ",,,,,,,,,").utf8))
                continue
            }
            var cells = [
                row == troubleRow && trouble == 0 && row > 0 ? "E0" : (draws.chance(10) ? "\"E\(row)\"" : "E\(row)"),
                one(["Female", "Male", "F", "m", "prefer not to say", "", "\"Male\"", " female ", "Woman", "non-binary"]),
                one(["White", "\"Black, Black British, Caribbean or African\"", "Gwyn – Cymraeg", "\"\(long), \"\"mine\"\"\"", long, ""]),
                one(["No", "Yes", "\"Grade \"\"2\"\"\"", ""]),
                one(["Grade 1", "Gradd 4", "\"Grade, senior\"", ""]),
                row == troubleRow && trouble == 1 ? "maybe" : one(["yes", "no", "Y", "TRUE", "1", "\" yes \""]),
                row == troubleRow && trouble == 2 ? "ten" : one(["12.65", "13", "0012.10", "\"£1,234.50\"", "9.123456", "20.5", "14.10"]),
                one(["", "", "", "250.00", "3e2", ".5", "0", "\"1,000\""]),
                one(["Heterosexual or straight", "Bisexual", "", long]),
                one(["Christian", "", "No religion"]),
            ]
            if draws.chance(30) { cells.removeLast(1 + draws.below(2)) }
            if row == troubleRow, trouble == 6 || trouble == 7 {
                // A cell just at the cell limit or one character over, quoted or not, in any column.
                let length = SheetLimits.maxCellCharacters + trouble - 6
                let text = String(repeating: draws.chance(50) ? " " : "x", count: length - 1) + "7"
                cells[draws.below(cells.count)] = draws.chance(50) ? "\"\(text)\"" : text
            }
            var line = Array(cells.joined(separator: ",").utf8)
            if row == troubleRow, trouble >= 3, trouble < 6 {
                // A NUL, bad UTF-8 or a line break inside quotes somewhere in the row.
                let bad: [UInt8] = [[0x00], [0xC3, 0x28], [0x80], Array("\"x\ny\"".utf8)][draws.below(4)]
                line.insert(contentsOf: bad, at: draws.below(line.count + 1))
            }
            lines.append(line)
        }
        if draws.chance(20) { lines += [[], []] }
        let ending = Array(["\n", "\r\n", "\r"][draws.below(3)].utf8)
        let bom: [UInt8] = draws.chance(20) ? [0xEF, 0xBB, 0xBF] : []
        return Data(bom + Array(lines.joined(separator: ending)))
    }

    @Test("random staff lists: the same figures, or the same refusal, as the record path; read whole and in two parts", arguments: 0..<4)
    func randomLists(batch: Int) throws {
        var draws = CSVFieldSplitterTests.Draws(state: 421 + UInt64(batch))
        var taken = 0
        for _ in 0..<25 {
            let data = Self.randomList(&draws)
            let tallies = [1 << 22, 0].map { StaffListFile.payGapTally(data, splitAbove: $0) }
            let fast = StaffListFile.fastRecords(data, splitAbove: 0)
            do {
                let records = try StaffListFile.generalRecords(data)
                let general = GenderPayGap.report(records, snapshot: Self.snapshot)
                for tally in tallies.compactMap({ $0 }) { #expect(GenderPayGap.report(tally, snapshot: Self.snapshot) == general) }
                if let fast { #expect(fast == records) }
                #expect(try StaffListFile.genderPayGap(data, snapshot: Self.snapshot) == general)
                if tallies[0] != nil { taken += 1 }
            } catch {
                #expect(tallies.allSatisfy { $0 == nil } && fast == nil)
                #expect(outcome { try StaffListFile.genderPayGap(data, snapshot: Self.snapshot) } == "refused: \(error)")
            }
        }
        // Enough lists are good for the figures-only path to be compared at all.
        #expect(taken > 6)
    }

    @Test("a council's own headers through a mapping, and a list with no bonus column")
    func mapped() throws {
        let columns = StaffColumns(renames: ["Pay No": "employee_id", "Gender": "sex", "Full?": "full_pay", "Rate": "hourly_pay"])
        let data = Self.csv(["Pay No,Gender,Full?,Rate", "1,F,yes,10", "2,M,no,20.25", "3,M,yes,21"])
        let tally = try #require(StaffListFile.payGapTally(data, columns: columns))
        #expect(GenderPayGap.report(tally, snapshot: Self.snapshot)
            == GenderPayGap.report(try StaffListFile.generalRecords(data, columns: columns), snapshot: Self.snapshot))
    }

    @Test("malformed rows are refused naming their rows and columns, as the general reader names them", arguments: [
        ["employee_id,sex,full_pay,hourly_pay", "1,F,maybe,10", "2,M,yes,ten", "3,M,yes,-3"],
        ["employee_id,sex,full_pay,hourly_pay", "1,F,yes,10", "1,M,yes,11"],
        ["employee_id,sex,full_pay,hourly_pay", ",F,yes,10", "2,M,,11", "3,F,yes,"],
        ["employee_id,sex,full_pay,hourly_pay,bonus_pay", "1,F,yes,10,lots"],
        ["employee_id,sex,full_pay,hourly_pay", "1,F,yes,10,extra"],
        ["employee_id,sex,full_pay,hourly_pay", "1,F,yes,\"10"],
        ["employee_id,sex,hourly_pay", "1,F,10"],
        ["employee_id,sex,sex,full_pay,hourly_pay", "1,F,F,yes,10"],
        [""],
    ])
    func refused(lines: [String]) {
        let data = Self.csv(lines)
        #expect(StaffListFile.payGapTally(data) == nil)
        let general = outcome { GenderPayGap.report(try StaffListFile.generalRecords(data), snapshot: Self.snapshot) }
        #expect(outcome { try StaffListFile.genderPayGap(data, snapshot: Self.snapshot) } == general)
        #expect(general.hasPrefix("refused"))
    }

    @Test("seven decimal places, a line break inside quotes, or a rate derived from period pay: handed over, same figures", arguments: [
        ["employee_id,sex,full_pay,hourly_pay", "1,F,yes,1.1234567", "2,M,yes,2"],
        ["employee_id,sex,full_pay,hourly_pay", "1,\"Fe", "male\",yes,10", "2,M,yes,11"],
        ["employee_id,sex,full_pay,ordinary_pay,bonus_in_period,period_days,weekly_hours", "1,F,yes,1400,100,30,35", "2,M,yes,1500,0,30,35"],
    ])
    func handedOver(lines: [String]) throws {
        let data = Self.csv(lines)
        #expect(StaffListFile.payGapTally(data) == nil)
        // Compared as values: a report's dictionaries print in no fixed order.
        let general = GenderPayGap.report(try StaffListFile.generalRecords(data), snapshot: Self.snapshot)
        #expect(try StaffListFile.genderPayGap(data, snapshot: Self.snapshot) == general)
    }

    @Test("bad rows name their row numbers through the figures call")
    func rowNumbers() throws {
        let data = Self.csv(["employee_id,sex,full_pay,hourly_pay,bonus_pay", "E1,F,yes,10,", "E2,M,perhaps,11,", "E3,F,yes,twelve,", "E1,M,yes,9,"])
        #expect(StaffListFile.payGapTally(data) == nil)
        let error = try #require(throws: StaffListErrors.self) { try StaffListFile.genderPayGap(data, snapshot: Self.snapshot) }
        let paths = error.failures.map(\.path)
        #expect(paths.contains("row 3, column \"full_pay\""))
        #expect(paths.contains("row 4, column \"hourly_pay\""))
        #expect(paths.contains("row 5, column \"employee_id\""))
    }

    @Test("a repeated id across the two parts hands over, and is refused")
    func repeatAcrossParts() throws {
        var lines = [Self.header]
        for index in 0..<500 { lines.append("E\(index),Female,White,No,Grade 1,yes,\(10 + index % 7).25,,,") }
        lines.append("E3,Male,White,No,Grade 1,yes,11.00,,,")
        let data = Self.csv(lines)
        #expect(StaffListFile.payGapTally(data, splitAbove: 0) == nil)
        #expect(throws: StaffListErrors.self) { try StaffListFile.genderPayGap(data, snapshot: Self.snapshot) }
    }

    @Test("plain amounts into whole millionths of a pound, with the places they were written with", arguments: [
        ("12.65", 12_650_000, 2), ("0012.10", 12_100_000, 2), ("12", 12_000_000, 0), ("0", 0, 0), ("0.00", 0, 0),
        ("9.123456", 9_123_456, 6), ("12.50", 12_500_000, 2), ("999999999.999999", 999_999_999_999_999, 6),
    ] as [(String, Int64, Int)])
    func plainAmounts(text: String, units: Int64, decimals: Int) throws {
        let read = try #require(Array(text.utf8).withUnsafeBufferPointer { PayGapAmount.plain($0) })
        #expect(read.units == units)
        #expect(read.decimals == decimals)
        #expect(Decimal(read.units) / 1_000_000 == StaffCellParser.amount(.text(text)))
    }

    @Test("other amounts by the general rule, into the same units", arguments: [
        ("12.", 12_000_000), (".5", 500_000), ("£1,234.50", 1_234_500_000), (" 9 ", 9_000_000), ("3e2", 300_000_000),
        ("4503599627.370495", 4_503_599_627_370_495),
    ] as [(String, Int64)])
    func generalAmounts(text: String, units: Int64) throws {
        #expect(Array(text.utf8).withUnsafeBufferPointer { PayGapAmount.plain($0) } == nil)
        let read = try #require(Array(text.utf8).withUnsafeBufferPointer { PayGapAmount.required($0) })
        #expect(read.units == units)
        #expect(Decimal(read.units) / 1_000_000 == StaffCellParser.amount(.text(text)))
    }

    @Test("amounts the figures-only path cannot take exactly, or the general rule refuses", arguments: [
        "", "   ", "-3", "ten", "1.1234567", "4503599627.370496", "12,5p", "1e30", "£", "99999999999999999", "123456789012345",
    ])
    func notAmounts(text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { PayGapAmount.required($0) } == nil)
    }
}
