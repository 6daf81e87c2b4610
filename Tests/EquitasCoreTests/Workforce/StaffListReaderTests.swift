import EquitasCore
import Foundation
import Testing

@Suite("Reading a staff list")
struct StaffListReaderTests {
    static func table(_ header: [String], _ rows: [[String]]) -> SheetTable {
        SheetTable(name: "Staff", header: header, rows: rows.map { $0.map { $0.isEmpty ? SheetCell.empty : .text($0) } })
    }

    @Test("rates given or derived, bonus defaulting to nothing, and the three ways of not saying kept apart")
    func reads() throws {
        let header = ["employee_id", "sex", "ethnicity", "disability", "full_pay", "hourly_pay", "ordinary_pay", "bonus_in_period",
                      "period_days", "weekly_hours", "bonus_pay", "Sexual orientation"]
        let staff = try StaffListReader.read(Self.table(header, [
            ["E1", "Female", "Prefer not to say", "Not known", "yes", "£15.50", "", "", "", "", "", "Bisexual"],
            ["E2", "M", "White British", "", "No", "", "2,100", "100", "30", "37", "1,200", "prefer not to say"],
        ]))
        #expect(staff.count == 2)
        #expect(staff[0].pay == .rate(Decimal(string: "15.5")!))
        #expect(staff[0].ethnicity == .preferNotToSay && staff[0].disability == .notKnown && staff[1].disability == .blank)
        #expect(staff[0].bonusPay == 0)
        #expect(staff[0].other["sexual orientation"] == .value("Bisexual"))
        #expect(staff[1].other["sexual orientation"] == .preferNotToSay)
        #expect(staff[1].fullPay == false)
        #expect(staff[1].pay == .derived(ordinaryPay: 2100, bonusInPeriod: 100, periodDays: 30, weeklyHours: 37))
        #expect(staff[1].bonusPay == 1200)
    }

    @Test("a council's own headers through a mapping")
    func mapping() throws {
        let columns = StaffColumns(renames: ["Pay No": "employee_id", "Gender": "sex", "On full pay?": "full_pay", "Hourly rate": "hourly_pay"])
        let staff = try StaffListReader.read(Self.table(["Pay No", "Gender", "On full pay?", "Hourly rate"], [["77", "F", "Y", "12"]]), columns: columns)
        #expect(staff.map(\.employeeId) == ["77"])
    }

    @Test("every bad cell is named by row and column, and nothing comes back")
    func refusesWhole() {
        let header = ["employee_id", "sex", "full_pay", "hourly_pay", "bonus_pay"]
        #expect(throws: StaffListErrors([
            ValidationFailure(path: "row 3, column \"employee_id\"", message: "\"E1\" is already on row 2"),
            ValidationFailure(path: "row 3, column \"full_pay\"", message: "\"perhaps\" is not yes or no"),
            ValidationFailure(path: "row 4, column \"hourly_pay\"", message: "\"-3\" is not an amount of zero or more"),
            ValidationFailure(path: "row 4, column \"bonus_pay\"", message: "\"lots\" is not an amount of zero or more"),
            ValidationFailure(path: "row 5, column \"employee_id\"", message: "is empty"),
        ])) {
            try StaffListReader.read(Self.table(header, [
                ["E1", "F", "yes", "10", ""],
                ["E1", "M", "perhaps", "11", ""],
                ["E3", "M", "yes", "-3", "lots"],
                ["", "F", "yes", "9", ""],
            ]))
        }
    }

    @Test("missing columns are named before any row is read")
    func missingColumns() {
        #expect(throws: StaffListErrors([
            ValidationFailure(path: "header", message: "there is no full_pay column (rename one with a mapping file)"),
            ValidationFailure(
                path: "header",
                message: "there is no hourly_pay column, nor all of the columns to derive it (missing ordinary_pay, bonus_in_period, period_days, weekly_hours)"),
        ])) {
            try StaffListReader.read(Self.table(["employee_id", "sex"], [["E1", "F"]]))
        }
    }
}
