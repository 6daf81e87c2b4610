import EquitasCore
import Foundation
import Testing

@Suite("Community profile reader")
struct CommunityProfileReaderTests {
    static func table(_ lines: [[String]], header: [String] = ["characteristic", "group", "percent"]) -> SheetTable {
        SheetTable(name: "Community profile", header: header, rows: lines.map { $0.map { SheetCell.text($0) } })
    }

    @Test("reads each line, folding the characteristic's name, in file order")
    func reads() throws {
        let entries = try CommunityProfileReader.read(
            Self.table([["Sex", "Female", "51.3"], ["sex", "Male", "48.7%"], ["Age band", "65+", "100"]]))
        #expect(entries == [
            CommunityProfileEntry(characteristic: "sex", group: "Female", percent: Decimal(string: "51.3")!),
            CommunityProfileEntry(characteristic: "sex", group: "Male", percent: Decimal(string: "48.7")!),
            CommunityProfileEntry(characteristic: "age_band", group: "65+", percent: 100),
        ])
    }

    @Test("every bad line is named with its line number and column, at once")
    func badLines() {
        let errors = #expect(throws: CommunityProfileErrors.self) {
            try CommunityProfileReader.read(
                Self.table([["sex", "Female", "fifty"], ["", "Male", "50"], ["sex", "", "101"], ["sex", "female", "-1"], ["sex", "FEMALE", "=1+1"]]))
        }
        let paths = errors?.failures.map(\.path) ?? []
        #expect(paths == [
            "line 2, column \"percent\"", "line 3, column \"characteristic\"", "line 4, column \"group\"", "line 4, column \"percent\"",
            "line 5, column \"percent\"", "line 5, column \"group\"", "line 6, column \"percent\"", "line 6, column \"group\"",
        ])
        #expect(errors?.description.contains("\"fifty\" is not a percentage from 0 to 100") == true)
        #expect(errors?.failures.last?.message.contains("already given for sex on line 2") == true)
    }

    @Test("a group given twice for one characteristic is refused; the same name under another is fine")
    func duplicates() throws {
        #expect(throws: CommunityProfileErrors.self) {
            try CommunityProfileReader.read(Self.table([["sex", "Female", "50"], ["sex", " female ", "50"]]))
        }
        let entries = try CommunityProfileReader.read(
            Self.table([["religion_or_belief", "Not answered", "100"], ["sexual_orientation", "Not answered", "100"]]))
        #expect(entries.count == 2)
    }

    @Test("each characteristic must add up to 100, give or take 1, and the message names it with its sum")
    func sums() throws {
        _ = try CommunityProfileReader.read(Self.table([["sex", "Female", "50.6"], ["sex", "Male", "50.4"]]))
        let errors = #expect(throws: CommunityProfileErrors.self) {
            try CommunityProfileReader.read(
                Self.table([["sex", "Female", "51"], ["sex", "Male", "49"], ["ethnicity", "White", "90"], ["ethnicity", "Asian", "8.5"],
                            ["disability", "Yes", "60"], ["disability", "No", "41.5"]]))
        }
        #expect(errors?.failures == [
            ValidationFailure(path: "ethnicity", message: "the percentages add up to 98.5, not 100 (within 1)"),
            ValidationFailure(path: "disability", message: "the percentages add up to 101.5, not 100 (within 1)"),
        ])
    }

    @Test("the header is required")
    func header() {
        let errors = #expect(throws: CommunityProfileErrors.self) {
            try CommunityProfileReader.read(Self.table([["sex", "Female", "100"]], header: ["sex", "Female", "100"]))
        }
        #expect(errors?.failures.first?.path == "line 1")
        #expect(throws: CommunityProfileErrors.self) { try CommunityProfileReader.read(Self.table([])) }
    }
}
