import ArgumentParser
@testable import EquitasCLI
import EquitasCore
import Foundation
import Testing

@Suite("equitas paygap")
struct PayGapCommandTests {
    static let snapshot = CalendarDate(year: 2026, month: 3, day: 31)!

    /// Four women at £10 an hour and four men at £20, nobody paid a bonus: a gap of
    /// exactly half, women filling the lower two quartiles and men the upper two.
    static let staff = Data("""
        Pay No,Gender,On full pay?,Hourly rate
        1,F,yes,10
        2,F,yes,10
        3,F,yes,10
        4,F,yes,10
        5,M,yes,20
        6,M,yes,20
        7,M,yes,20
        8,M,yes,20

        """.utf8)
    static let mapping = Data("their column,equitas column\nPay No,employee_id\nGender,sex\nOn full pay?,full_pay\nHourly rate,hourly_pay\n".utf8)

    @Test("json gives the statutory figures under their contract keys")
    func json() throws {
        let output = try PayGapOutput.render(staff: Self.staff, named: "staff.csv", mapping: Self.mapping, snapshot: Self.snapshot, format: "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect((object["mean_hourly_gap"] as? NSNumber)?.doubleValue == 50)
        #expect((object["median_hourly_gap"] as? NSNumber)?.doubleValue == 50)
        #expect(object["mean_bonus_gap"] == nil || object["mean_bonus_gap"] is NSNull)
        let quartiles = try #require(object["quartiles"] as? [[String: NSNumber]])
        #expect(quartiles.map { $0["female"]?.doubleValue } == [100, 100, 0, 0])
        #expect(quartiles.map { $0["male"]?.doubleValue } == [0, 0, 100, 100])
        let bonus = try #require(object["bonus_proportion"] as? [String: NSNumber])
        #expect(bonus["male"]?.doubleValue == 0 && bonus["female"]?.doubleValue == 0)
    }

    @Test("gpg-csv has the government data set's columns, in its order, with one row")
    func published() throws {
        let output = try PayGapOutput.render(staff: Self.staff, named: "staff.csv", mapping: Self.mapping, snapshot: Self.snapshot, format: "gpg-csv")
        let lines = output.replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0] == PayGapPublishedColumns.header.joined(separator: ","))
        #expect(lines[1] == "50.0,50.0,,,0.0,0.0,0.0,100.0,0.0,100.0,100.0,0.0,100.0,0.0")
    }

    @Test("a bad file is refused with every bad cell named, and a bad mapping row too")
    func refused() throws {
        let bad = Data("employee_id,sex,full_pay,hourly_pay\n1,F,maybe,10\n2,M,yes,ten\n".utf8)
        #expect {
            try PayGapOutput.render(staff: bad, named: "staff.csv", mapping: nil, snapshot: Self.snapshot, format: "text")
        } throws: { error in
            let text = "\(error)"
            return text.contains("staff.csv: the staff list has 2 problems")
                && text.contains(#"row 2, column "full_pay": "maybe" is not yes or no"#)
                && text.contains(#"row 3, column "hourly_pay": "ten" is not an amount of zero or more"#)
        }
        let badMapping = Data("their column,equitas column\nGender,\n".utf8)
        #expect(throws: ValidationError.self) {
            try PayGapOutput.render(staff: Self.staff, named: "staff.csv", mapping: badMapping, snapshot: Self.snapshot, format: "text")
        }
    }

    @Test("only sex, ethnicity and disability are offered, and formats are checked before any work")
    func options() throws {
        #expect(throws: (any Error).self) { try PayGapCommand.parse(["staff.csv", "--snapshot", "2026-03-31", "--by", "age"]) }
        #expect(throws: (any Error).self) { try PayGapCommand.parse(["staff.csv", "--snapshot", "2026-03-31", "--format", "pdf"]) }
        _ = try PayGapCommand.parse(["staff.csv", "--snapshot", "2026-03-31", "--format", "gpg-csv"])
    }
}
