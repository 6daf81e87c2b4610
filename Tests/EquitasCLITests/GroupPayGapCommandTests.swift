import ArgumentParser
@testable import EquitasCLI
import EquitasCore
import Foundation
import Testing

@Suite("equitas paygap --by ethnicity and disability")
struct GroupPayGapCommandTests {
    static let snapshot = CalendarDate(year: 2026, month: 3, day: 31)!

    /// Ten "White: British" at £20 and ten "Other" at £15, nobody paid a bonus; one
    /// preferred not to say. Disability: the first ten "No", the next ten "Yes".
    static var staff: Data {
        var rows = ["employee_id,sex,ethnicity,disability,full_pay,hourly_pay"]
        for index in 1...10 { rows.append("\(index),F,White: British,No,yes,20") }
        for index in 11...20 { rows.append("\(index),M,Other,Yes,yes,15") }
        rows.append("21,M,Prefer not to say,No,yes,15")
        return Data((rows.joined(separator: "\n") + "\n").utf8)
    }

    func render(_ by: String, format: String, reference: String? = nil) throws -> String {
        try PayGapOutput.render(
            staff: Self.staff, named: "staff.csv", mapping: nil, snapshot: Self.snapshot, format: format, by: by, reference: reference)
    }

    @Test("json for ethnicity has snake_case keys, the chosen reference and the collapsed comparison")
    func ethnicityJSON() throws {
        let output = try render("ethnicity", format: "json", reference: "white: british")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["reference_group"] as? String == "white: british")
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.map { $0["group"] as? String } == ["white: british", "Other"])
        #expect((groups[1]["mean_hourly_gap"] as? NSNumber)?.doubleValue == 25)   // (20 − 15) ÷ 20
        #expect((groups[1]["full_pay_employees"] as? NSNumber)?.intValue == 10)
        let missing = try #require(object["not_disclosed"] as? [String: Any])
        #expect(((missing["prefer_not_to_say"] as? [String: Any])?["count"] as? NSNumber)?.intValue == 1)
        #expect((missing["disclosure_rate"] as? NSNumber)?.doubleValue == 95.2)   // 20 ÷ 21 = 95.23…
        let collapsed = try #require(object["collapsed"] as? [String: Any])
        let minority = try #require((collapsed["groups"] as? [[String: Any]])?.last)
        #expect(minority["group"] as? String == "ethnic minority")
        #expect((minority["median_hourly_gap"] as? NSNumber)?.doubleValue == 25)
    }

    @Test("text for disability names each group and its gap")
    func disabilityText() throws {
        let lines = try render("disability", format: "text").split(separator: "\n").map(String.init)
        #expect(lines.first == "Disability pay gap at 31 March 2026, against not disabled")
        #expect(lines.contains("not disabled: 11 employees, 11 on full pay, paid a bonus 0.0%"))
        // Not disabled: ten at 20 and one at 15, mean 215/11, median 20. Disabled: 15.
        #expect(lines.contains("  hourly gap mean 23.3%, median 25.0%"))   // (215/11 − 15) ÷ (215/11) = 23.25…
        // Bands of 6, 5, 5 and 5 people: every share stands for fewer than ten, so each
        // band's shares are pooled (the method's own shares are in GroupQuartileTests).
        #expect(lines.contains("Lower quartile: groups not published (fewer than 10 rule) 100.0%"))
        #expect(lines.contains("  bonus gap mean not published (fewer than 10 rule), median not published (fewer than 10 rule)"))
    }

    @Test("gpg-csv and --reference are refused where they do not apply")
    func refused() throws {
        #expect(throws: ValidationError.self) { try render("ethnicity", format: "gpg-csv") }
        #expect(throws: (any Error).self) {
            try PayGapCommand.parse(["staff.csv", "--snapshot", "2026-03-31", "--by", "disability", "--format", "gpg-csv"])
        }
        #expect(throws: (any Error).self) {
            try PayGapCommand.parse(["staff.csv", "--snapshot", "2026-03-31", "--by", "disability", "--reference", "x"])
        }
        let command = try PayGapCommand.parse(["staff.csv", "--snapshot", "2026-03-31", "--by", "ethnicity", "--reference", "White: British"])
        #expect(command.reference == "White: British")
    }
}
