import EquitasCore
import Foundation
import Testing

@Suite("Monitoring: status on a date, rebuilt from updates")
struct MonitoringStatusHistoryTests {
    static func day(_ text: String) -> CalendarDate { MonitoringFixture.day(text) }

    static func update(_ date: String, _ text: String, _ status: PlanActionStatus? = nil, from previous: PlanActionStatus? = nil) -> ProgressUpdate {
        MonitoringFixture.update(date, text, status, from: previous)
    }

    /// Not started → on track on 10 January, a note on 1 March, → complete on 12 May.
    static let history = [
        update("2022-01-10", "Started", .onTrack, from: .notStarted),
        update("2022-03-01", "A note", nil, from: nil),
        update("2022-05-12", "Done", .complete, from: .onTrack),
    ]

    static func status(_ date: String, current: PlanActionStatus = .complete, _ updates: [ProgressUpdate] = history) -> PlanActionStatus {
        StatusHistory.status(on: day(date), current: current, updates: updates)
    }

    @Test("before any change: what the first change moved from")
    func beforeFirstChange() {
        #expect(Self.status("2021-12-31") == .notStarted)
    }

    @Test("on and after a change's day: the status it set; notes do not move it")
    func afterChanges() {
        #expect(Self.status("2022-01-10") == .onTrack)
        #expect(Self.status("2022-03-01") == .onTrack)
        #expect(Self.status("2022-05-11") == .onTrack)
        #expect(Self.status("2022-05-12") == .complete)
        #expect(Self.status("2030-01-01") == .complete)
    }

    @Test("with no status change at all, or none after the day, the stored status stands")
    func storedStatus() {
        #expect(Self.status("2020-01-01", current: .atRisk, [Self.update("2022-03-01", "A note")]) == .atRisk)
        #expect(Self.status("2020-01-01", current: .atRisk, []) == .atRisk)
        // Set to off track without an update after the last recorded change.
        #expect(Self.status("2022-06-01", current: .offTrack) == .offTrack)
    }

    @Test("a first change that recorded nothing leaves the stored status as the best guess")
    func unrecordedStart() {
        let updates = [Self.update("2022-01-10", "Started", .onTrack), Self.update("2022-05-12", "Done", .complete)]
        #expect(Self.status("2021-12-31", current: .complete, updates) == .complete)
        #expect(Self.status("2022-02-01", current: .complete, updates) == .onTrack)
    }

    @Test("updates stored out of order are read by date; on one day the later added wins")
    func ordering() {
        let shuffled = [Self.history[2], Self.history[0], Self.history[1]]
        #expect(Self.status("2022-02-01", shuffled) == .onTrack)
        let sameDay = [
            Self.update("2022-04-01", "Worse", .atRisk, from: .onTrack),
            Self.update("2022-04-01", "Worse still", .offTrack, from: .atRisk),
            Self.update("2022-06-01", "Recovered", .onTrack, from: .offTrack),
        ]
        #expect(Self.status("2022-04-01", current: .onTrack, sameDay) == .offTrack)
        #expect(Self.status("2022-03-31", current: .onTrack, sameDay) == .onTrack)
    }

    @Test("the status each change left: recorded, else the one the change before set")
    func previousStatuses() {
        let updates = [
            Self.update("2022-01-10", "Started", .onTrack),
            Self.update("2022-02-01", "Note"),
            Self.update("2022-03-01", "Slipping", .atRisk),
            Self.update("2022-04-01", "Back", .onTrack, from: .offTrack),
        ]
        #expect(StatusHistory.previousStatuses(of: updates) == [nil, .onTrack, .offTrack])
    }

    @Test("on a record: status, the action as on the day, and the updates a reader then could see")
    func onRecord() throws {
        let action = try #require(MonitoringFixture.record.items[2].actions.first)
        #expect(action.action.value.status == .complete)
        #expect(action.status(on: MonitoringFixture.asOf) == .offTrack)
        #expect(action.action(asOf: MonitoringFixture.asOf).isOverdue(on: MonitoringFixture.asOf))
        #expect(action.updates(through: MonitoringFixture.asOf).map(\.text) == ["Tender delayed"])
        #expect(action.latestUpdate(asOf: MonitoringFixture.asOf)?.text == "Tender delayed")
        #expect(action.latestUpdate(asOf: Self.day("2022-02-28")) == nil)
    }
}
