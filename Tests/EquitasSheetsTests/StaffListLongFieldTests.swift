import EquitasCore
import EquitasSheets
import Foundation
import Testing

/// The general CSV reader refuses a cell longer than `SheetLimits.maxCellCharacters`,
/// naming its line and column. The fast paths (records, the stored list, the figures-only
/// pay gap scan) must come to the same end for every column: a field at the limit is
/// taken with the general path's records and figures, one a character longer is refused
/// in the general path's words.
@Suite("Staff list CSV: a field at the cell limit, and one over, on every path")
struct StaffListLongFieldTests {
    static let limit = SheetLimits.maxCellCharacters
    static let snapshot = CalendarDate(year: 2026, month: 3, day: 31)!
    static let header = ["employee_id", "sex", "ethnicity", "grade", "full_pay", "hourly_pay", "bonus_pay", "religion"]
    static let rows = 24

    static func row(_ index: Int) -> [String] {
        ["E\(index)", index % 2 == 0 ? "Female" : "Male", index % 3 == 0 ? "Asian" : "White British", "G\(index % 4)", "yes",
         "\(12 + index).50", index % 5 == 0 ? "100" : "0", index % 2 == 0 ? "None" : "Christian"]
    }

    /// `value` made `length` characters long so that it still reads the same where it can:
    /// padded with spaces for the cells that are trimmed (sex, yes/no, amounts), with
    /// letters for the rest (an id, a grade, a group's name).
    static func padded(_ value: String, column: String, to length: Int) -> String {
        let trimmed: Set = ["sex", "full_pay", "hourly_pay", "bonus_pay"]
        return value + String(repeating: trimmed.contains(column) ? " " : "x", count: length - value.count)
    }

    /// The list with `text` in `column` of row `row` (0 the first), and its line in the file.
    static func file(column: String, row target: Int, text: String, quoted: Bool, finalLineEnd: Bool = true) -> (data: Data, line: Int) {
        let position = header.firstIndex(of: column)!
        var lines = [header.joined(separator: ",")]
        for index in 0..<rows {
            var cells = row(index)
            if index == target { cells[position] = quoted ? "\"\(text)\"" : text }
            lines.append(cells.joined(separator: ","))
        }
        return (Data((lines.joined(separator: "\n") + (finalLineEnd ? "\n" : "")).utf8), target + 2)
    }

    func outcome<T>(_ read: () throws -> T) -> String {
        do { return "taken: \(try read())" } catch { return "refused: \(error)" }
    }

    /// Every path gives the general reader's records and figures, or its refusal; for a
    /// refusal, the one naming `place`. `fast`: the fast paths take the file themselves
    /// (a field of more bytes than the limit is handed over, even when it is few enough
    /// characters for the general reader to take).
    func expectGeneralOutcome(
        _ data: Data, refusedAt place: String?, fast: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let general = outcome { try StaffListFile.generalRecords(data) }
        #expect(outcome { try StaffListFile.records(data) } == general, sourceLocation: sourceLocation)
        #expect(outcome { try StaffListFile.list(data).records } == general, sourceLocation: sourceLocation)
        guard let place else {
            let records = try StaffListFile.generalRecords(data)
            let figures = GenderPayGap.report(records, snapshot: Self.snapshot)
            for splitAbove in [1 << 22, 0] where fast {
                #expect(StaffListFile.fastRecords(data, splitAbove: splitAbove) == records, sourceLocation: sourceLocation)
                let tally = try #require(StaffListFile.payGapTally(data, splitAbove: splitAbove), sourceLocation: sourceLocation)
                #expect(GenderPayGap.report(tally, snapshot: Self.snapshot) == figures, sourceLocation: sourceLocation)
            }
            #expect(try StaffListFile.genderPayGap(data, snapshot: Self.snapshot) == figures, sourceLocation: sourceLocation)
            return
        }
        #expect(general == "refused: \(place): the cell is longer than \(Self.limit) characters", sourceLocation: sourceLocation)
        for splitAbove in [1 << 22, 0] {
            #expect(StaffListFile.fastRecords(data, splitAbove: splitAbove) == nil, sourceLocation: sourceLocation)
            #expect(StaffListFile.payGapTally(data, splitAbove: splitAbove) == nil, sourceLocation: sourceLocation)
        }
        #expect(outcome { try StaffListFile.genderPayGap(data, snapshot: Self.snapshot) } == general, sourceLocation: sourceLocation)
    }

    @Test("at the limit taken, one over refused naming its line and column: every column, quoted or not, first, middle and last row",
          arguments: header)
    func eachColumn(column: String) throws {
        let position = Self.header.firstIndex(of: column)!
        for (row, finalLineEnd) in [(0, true), (Self.rows / 2, true), (Self.rows - 1, true), (Self.rows - 1, false)] {
            for quoted in [false, true] {
                for length in [Self.limit, Self.limit + 1] {
                    let text = Self.padded(Self.row(row)[position], column: column, to: length)
                    let (data, line) = Self.file(column: column, row: row, text: text, quoted: quoted, finalLineEnd: finalLineEnd)
                    try expectGeneralOutcome(data, refusedAt: length > Self.limit ? "line \(line), column \(position + 1)" : nil)
                }
            }
        }
    }

    @Test("the limit counts characters: more bytes than the limit in fewer characters is taken, one character over is not")
    func characters() throws {
        for column in ["grade", "religion"] {
            for (length, refused) in [(Self.limit / 2, false), (Self.limit / 2 + 1, false), (Self.limit, false), (Self.limit + 1, true)] {
                let (data, line) = Self.file(column: column, row: 5, text: String(repeating: "é", count: length), quoted: false)
                let place = "line \(line), column \(Self.header.firstIndex(of: column)! + 1)"
                // Two bytes a character: past half the limit the fast paths hand over.
                try expectGeneralOutcome(data, refusedAt: refused ? place : nil, fast: length * 2 <= Self.limit)
            }
        }
    }

    @Test("an over-long blank cell and an over-long cell past the last heading are refused as the general reader refuses them")
    func blankAndBeyond() throws {
        let blank = String(repeating: " ", count: Self.limit + 1)
        let (data, line) = Self.file(column: "bonus_pay", row: 3, text: blank, quoted: false)
        try expectGeneralOutcome(data, refusedAt: "line \(line), column 7")
        let beyond = Data((Self.header.joined(separator: ",") + "\nE1,F,,,yes,10,,," + blank + "\n").utf8)
        try expectGeneralOutcome(beyond, refusedAt: "line 2, column 9")
    }
}
