import EquitasCore
import Foundation
import Testing

@Suite("Equality objectives: renewal, yearly progress and their dates")
struct EqualityObjectiveRulesTests {
    static let council = UUID()
    static let today = CalendarDate("2027-06-01")!

    static func objective(adopted: String = "2025-04-01", renewBy: String? = nil, progress: [MeasureProgress] = []) -> EqualityObjective {
        EqualityObjective(
            organisationId: council, title: "  Close the employment gap for disabled residents ", adopted: CalendarDate(adopted)!,
            renewBy: renewBy.flatMap(CalendarDate.init), lead: " ",
            measures: [
                ObjectiveMeasure(name: "Disabled staff at grade 10 and above", baseline: "4%", target: "8%", progress: progress),
                ObjectiveMeasure(name: "Residents in supported employment"),
            ])
    }

    static func entry(_ year: Int, _ recorded: String = "2026-04-10") -> MeasureProgress {
        MeasureProgress(year: year, recorded: CalendarDate(recorded)!, status: .onTrack, note: "Up to 5%.")
    }

    @Test("renewal is four years from adoption unless the council set an earlier date; progress falls due on each anniversary")
    func dates() throws {
        let plain = try Self.objective().validated(today: Self.today)
        #expect(plain.title == "Close the employment gap for disabled residents" && plain.lead == nil)
        #expect(plain.renewalDue == CalendarDate("2029-04-01"))
        #expect(plain.progressYears == [2026, 2027, 2028, 2029])
        #expect(plain.progressDue(in: 2027) == CalendarDate("2027-04-01"))
        let early = try Self.objective(renewBy: "2028-03-31").validated(today: Self.today)
        #expect(early.renewalDue == CalendarDate("2028-03-31") && early.progressYears == [2026, 2027])
        let leap = Self.objective(adopted: "2024-02-29")
        #expect(leap.progressDue(in: 2025) == CalendarDate("2025-02-28") && leap.renewalDue == CalendarDate("2028-02-29"))
    }

    @Test("renewal more than four years on, or not after adoption, is refused naming renew_by")
    func renewal() {
        for bad in ["2029-04-02", "2025-04-01", "2024-12-31"] {
            let failure = #expect(throws: ValidationFailure.self) { try Self.objective(renewBy: bad).validated(today: Self.today) }
            #expect(failure?.path == "renew_by", "\(bad)")
        }
        #expect(throws: Never.self) { try Self.objective(renewBy: "2029-04-01").validated(today: Self.today) }
    }

    @Test("a measure has one entry a year, for a year of the objective, dated between adoption and today")
    func progress() {
        let twice = #expect(throws: ValidationFailure.self) {
            try Self.objective(progress: [Self.entry(2026), Self.entry(2026, "2026-05-01")]).validated(today: Self.today)
        }
        #expect(twice?.path == "measures[0].progress[1].year")
        let outside = #expect(throws: ValidationFailure.self) { try Self.objective(progress: [Self.entry(2030)]).validated(today: Self.today) }
        #expect(outside?.path == "measures[0].progress[0].year" && outside?.message.contains("2026 to 2029") == true)
        let early = #expect(throws: ValidationFailure.self) { try Self.objective(progress: [Self.entry(2026, "2025-03-01")]).validated(today: Self.today) }
        #expect(early?.path == "measures[0].progress[0].recorded")
        let future = #expect(throws: ValidationFailure.self) { try Self.objective(progress: [Self.entry(2027, "2027-06-02")]).validated(today: Self.today) }
        #expect(future?.path == "measures[0].progress[0].recorded")
        var blank = Self.entry(2026)
        blank.note = "  "
        let empty = #expect(throws: ValidationFailure.self) { try Self.objective(progress: [blank]).validated(today: Self.today) }
        #expect(empty?.path == "measures[0].progress[0].note")
        let sorted = try? Self.objective(progress: [Self.entry(2027, "2027-05-01"), Self.entry(2026)]).validated(today: Self.today)
        #expect(sorted?.measures[0].progress.map(\.year) == [2026, 2027])
    }

    @Test("measures are named once each and bounded in number")
    func measures() {
        var same = Self.objective()
        same.measures[1].name = "disabled STAFF at grade 10 and above"
        let failure = #expect(throws: ValidationFailure.self) { try same.validated(today: Self.today) }
        #expect(failure?.path == "measures[1].name")
        var many = Self.objective()
        many.measures = (1...21).map { ObjectiveMeasure(name: "Measure \($0)") }
        #expect(throws: ValidationFailure.self) { try many.validated(today: Self.today) }
    }

    @Test("the duty calendar shows renewal and the years still awaiting progress, as Objective entries")
    func calendar() throws {
        let objective = try Self.objective(progress: [Self.entry(2026)]).validated(today: Self.today)
        #expect(objective.yearsAwaitingProgress == [2026, 2027, 2028, 2029], "the second measure has none yet")
        var complete = objective
        complete.measures[1].progress = [Self.entry(2026)]
        #expect(complete.yearsAwaitingProgress == [2027, 2028, 2029])
        let duties = StatutoryDuties.duties(
            organisationId: Self.council, from: CalendarDate("2027-01-01")!, to: CalendarDate("2029-12-31")!, objectives: [complete],
            committees: [CommitteeMeeting(organisationId: Self.council, committee: "Scrutiny Committee", date: CalendarDate("2027-07-14")!, purpose: "Annual report")])
        let entries = DutyCalendar.entries(organisationId: Self.council, duties: duties, plans: [], from: CalendarDate("2027-01-01")!, to: CalendarDate("2029-12-31")!)
        let objectives = entries.filter { $0.category == "Objective" }
        #expect(objectives.map(\.date) == ["2027-04-01", "2028-04-01", "2029-04-01", "2029-04-01"].compactMap(CalendarDate.init))
        #expect(objectives.last?.summary == "Equality objective renewal due: Close the employment gap for disabled residents")
        #expect(objectives.contains { $0.summary == "Equality objective progress (2028): Close the employment gap for disabled residents" })
        let committee = try #require(entries.first { $0.category == "Committee" })
        #expect(committee.date == CalendarDate("2027-07-14") && committee.summary == "Committee: Scrutiny Committee (Annual report)")
        #expect(Set(entries.map(\.uid)).count == entries.count, "each entry its own UID")
    }

    @Test("a committee meeting is named and dated within the century")
    func committee() {
        let blank = #expect(throws: ValidationFailure.self) {
            try CommitteeMeeting(organisationId: Self.council, committee: " ", date: CalendarDate("2027-01-01")!).validated()
        }
        #expect(blank?.path == "committee")
        let typo = #expect(throws: ValidationFailure.self) {
            try CommitteeMeeting(organisationId: Self.council, committee: "Scrutiny", date: CalendarDate(year: 2101, month: 1, day: 1)!).validated()
        }
        #expect(typo?.path == "date")
    }
}
