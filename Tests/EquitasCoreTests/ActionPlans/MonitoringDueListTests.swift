import EquitasCore
import Foundation
import Testing

@Suite("Monitoring: due lists")
struct MonitoringDueListTests {
    static func list(within days: Int, asOf: CalendarDate = MonitoringFixture.asOf, records: [ActionPlanRecord] = [MonitoringFixture.record]) -> [DueAction] {
        PlanDueList.make(records: records, vocabulary: MonitoringFixture.vocabulary, asOf: asOf, withinDays: days)
    }

    @Test("within 30 days: overdue first by due date, due today, due exactly 30 days on; not 31, not finished, not undated")
    func window() {
        let due = Self.list(within: 30)
        #expect(due.map(\.reference) == ["3.1", "1.2", "1.1", "3.2"])
        #expect(due.map(\.overdue) == [true, true, false, false])
        #expect(due.map(\.daysOverdue) == [91, 1, nil, nil])
        #expect(due.map(\.daysLeft) == [nil, nil, 0, 30])
        #expect(due.map(\.dueDate) == ["2022-03-31", "2022-06-29", "2022-06-30", "2022-07-30"].map(MonitoringFixture.day))
    }

    @Test("31 days takes in the action due on 31 July; 0 days leaves only overdue and due today")
    func boundaries() {
        #expect(Self.list(within: 31).map(\.reference) == ["3.1", "1.2", "1.1", "3.2", "3.3"])
        #expect(Self.list(within: 0).map(\.reference) == ["3.1", "1.2", "1.1"])
    }

    @Test("statuses are those of the day: 3.1 was off track on 30 June, and complete from 15 July")
    func statusOfTheDay() {
        let line = Self.list(within: 30).first { $0.reference == "3.1" }
        #expect(line?.status == .offTrack)
        #expect(!Self.list(within: 30, asOf: MonitoringFixture.day("2022-07-15")).contains { $0.reference == "3.1" })
    }

    @Test("each line names its plan, item, lead and timescale")
    func lineContents() throws {
        let line = try #require(Self.list(within: 30).first)
        #expect(line.planId == MonitoringFixture.planId && line.planTitle == "Equality action plan 2021")
        #expect(line.itemNumber == 3 && line.actionId == .numbered(31))
        #expect(line.description == "Procurement strategy")
        #expect(line.leadId == MonitoringFixture.adam && line.leadName == "Adam Cole")
        #expect(line.timescale == "September 2021 to March 2022 (1 September 2021 to 31 March 2022)")
    }

    @Test("across plans: ties on the date go by plan title, then item, then 7.2 before 7.10")
    func ordering() {
        let day = MonitoringFixture.day("2022-06-29")
        let actions = (1...10).map { MonitoringFixture.action(700 + $0, "Step \($0)", lead: nil, .due(day), .onTrack) }
        let other = ActionPlanRecord(
            plan: Identified(id: .numbered(4), value: ActionPlan(organisationId: .numbered(1), title: "Accessible services plan")),
            items: [
                MonitoringFixture.item(7, "Seven", module: nil, .agreed, actions),
                MonitoringFixture.item(2, "Two", module: nil, .agreed, [MonitoringFixture.action(801, "Early", lead: nil, .due(day), .onTrack)]),
            ])
        let due = Self.list(within: 0, records: [MonitoringFixture.record, other])
        let sameDay = due.filter { $0.dueDate == day }
        #expect(sameDay.map(\.reference) == ["2.1"] + (1...10).map { "7.\($0)" } + ["1.2"])
        #expect(sameDay.first?.planTitle == "Accessible services plan" && sameDay.last?.planTitle == "Equality action plan 2021")
    }

    @Test("JSON keys for the API and the CLI")
    func json() throws {
        let data = try JSONCoding.encoder().encode(Self.list(within: 30))
        let lines = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(lines[0]["days_overdue"] as? Int == 91 && lines[0]["days_left"] == nil && lines[0]["overdue"] as? Bool == true)
        #expect(lines[2]["days_left"] as? Int == 0 && lines[2]["due_date"] as? String == "2022-06-30")
        #expect(lines[0]["reference"] as? String == "3.1" && lines[0]["status"] as? String == "off-track")
        #expect(lines[0]["lead_name"] as? String == "Adam Cole" && lines[0]["plan_title"] as? String == "Equality action plan 2021")
    }

    @Test("durations: days and weeks, with or without the d")
    func durations() throws {
        #expect(try DurationInDays.parse("30d") == 30)
        #expect(try DurationInDays.parse("30") == 30)
        #expect(try DurationInDays.parse(" 6W ") == 42)
        #expect(try DurationInDays.parse("0d") == 0)
        #expect(try DurationInDays.parse("3660") == 3660)
    }

    @Test("durations: months, nonsense, negatives and the far future are refused, naming the parameter")
    func badDurations() {
        #expect(throws: ValidationFailure(path: "within", message: "\"3m\": months vary in length; give days (\"90d\") or weeks (\"13w\")")) {
            try DurationInDays.parse("3m")
        }
        for text in ["", "d", "-5d", "30 days", "1.5w", "thirty", "٣٠"] {
            #expect(throws: ValidationFailure.self, "\(text)") { try DurationInDays.parse(text) }
        }
        #expect(throws: ValidationFailure(path: "--within", message: "\"x\" is not a number of days: write \"30d\" or \"30\" for days, \"6w\" for weeks")) {
            try DurationInDays.parse("x", path: "--within")
        }
        #expect(throws: ValidationFailure(path: "within", message: "\"523w\" is too far ahead: at most 3660 days")) {
            try DurationInDays.parse("523w")
        }
    }
}
