import EquitasCore
import Foundation
import Testing

@Suite("Correcting progress updates until the next committee report")
struct ProgressUpdateCorrectionTests {
    let ana = UUID()
    let ben = UUID()
    let may = CommitteeReport(date: CalendarDate("2026-05-12")!, committee: "Audit Committee", recordedBy: "Ana")

    func update(_ day: String, status: PlanActionStatus? = nil, from previous: PlanActionStatus? = nil) -> ProgressUpdate {
        ProgressUpdate(date: CalendarDate(day)!, author: "Ana Officer", text: "Done on \(day)", status: status, previousStatus: previous)
    }

    @Test("only the author may change an update; one without a recorded author nobody may")
    func author() throws {
        try ProgressUpdateCorrection.check(update("2026-06-01"), author: ana, person: ana, lastReport: may)
        for (author, person) in [(ana, ben), (ana, nil), (nil, ana), (nil, nil)] as [(UUID?, UUID?)] {
            let refusal = #expect(throws: ProgressUpdateRefusal.self) {
                try ProgressUpdateCorrection.check(update("2026-06-01"), author: author, person: person, lastReport: nil)
            }
            #expect(refusal?.reason == .notAuthor)
            #expect(refusal?.message.contains("recorded as written by Ana Officer") == true)
        }
    }

    @Test("an update dated on or before the last committee report is frozen; the day after is not")
    func frozen() throws {
        for day in ["2026-05-12", "2026-01-02"] {
            let refusal = #expect(throws: ProgressUpdateRefusal.self) {
                try ProgressUpdateCorrection.check(update(day), author: ana, person: ana, lastReport: may)
            }
            #expect(refusal?.reason == .presented)
            #expect(refusal?.message.contains("reported to Audit Committee on 12 May 2026") == true)
        }
        try ProgressUpdateCorrection.check(update("2026-05-13"), author: ana, person: ana, lastReport: may)
        try ProgressUpdateCorrection.check(update("2020-01-01"), author: ana, person: ana, lastReport: nil)
        let june = CommitteeReport(date: CalendarDate("2026-06-30")!, committee: "Cabinet", recordedBy: "Ben")
        #expect(CommitteeReport.latest([june, may]) == june)
    }

    @Test("a correction changes the date and words, keeps author and status, and may not move into a reported period or ahead")
    func corrected() throws {
        let stored = update("2026-06-01", status: .complete, from: .onTrack)
        let today = CalendarDate("2026-07-01")!
        let fixed = try ProgressUpdateCorrection.corrected(stored, date: CalendarDate("2026-06-02")!, text: " Signed off ", today: today, lastReport: may)
        #expect(fixed == ProgressUpdate(date: CalendarDate("2026-06-02")!, author: "Ana Officer", text: "Signed off", status: .complete, previousStatus: .onTrack))

        let back = #expect(throws: ValidationFailure.self) {
            try ProgressUpdateCorrection.corrected(stored, date: CalendarDate("2026-05-12")!, text: "x", today: today, lastReport: may)
        }
        #expect(back?.path == "date")
        #expect(back?.message.contains("already reported to Audit Committee on 12 May 2026") == true)
        let ahead = #expect(throws: ValidationFailure.self) {
            try ProgressUpdateCorrection.corrected(stored, date: CalendarDate("2026-07-02")!, text: "x", today: today, lastReport: nil)
        }
        #expect(ahead?.path == "date")
        let blank = #expect(throws: ValidationFailure.self) {
            try ProgressUpdateCorrection.corrected(stored, date: CalendarDate("2026-06-02")!, text: "  ", today: today, lastReport: nil)
        }
        #expect(blank?.path == "text")
    }

    @Test("removing the latest status move puts the status back; one a later move built on, or set since, is refused")
    func removal() throws {
        let history = [
            update("2026-06-01"),
            update("2026-06-02", status: .onTrack, from: .notStarted),
            update("2026-06-03"),
            update("2026-06-04", status: .complete, from: .onTrack),
        ]
        #expect(try ProgressUpdateCorrection.statusAfterRemoving(0, of: history, current: .complete) == nil)
        #expect(try ProgressUpdateCorrection.statusAfterRemoving(3, of: history, current: .complete) == .onTrack)
        let earlier = #expect(throws: ProgressUpdateRefusal.self) {
            try ProgressUpdateCorrection.statusAfterRemoving(1, of: history, current: .complete)
        }
        #expect(earlier?.reason == .movedOn)
        #expect(earlier?.message.contains("4 June 2026") == true)
        let since = #expect(throws: ProgressUpdateRefusal.self) {
            try ProgressUpdateCorrection.statusAfterRemoving(3, of: history, current: .atRisk)
        }
        #expect(since?.reason == .movedOn)
    }

    @Test("a committee report needs its committee and is not recorded ahead of the meeting")
    func committeeReport() throws {
        let today = CalendarDate("2026-05-12")!
        #expect(try may.validated(today: today) == may)
        let ahead = #expect(throws: ValidationFailure.self) {
            try CommitteeReport(date: CalendarDate("2026-05-13")!, committee: "Cabinet", recordedBy: "Ana").validated(today: today)
        }
        #expect(ahead?.path == "date")
        let unnamed = #expect(throws: ValidationFailure.self) {
            try CommitteeReport(date: today, committee: " ", recordedBy: "Ana").validated(today: today)
        }
        #expect(unnamed?.path == "committee")
    }

    @Test("only the latest committee report may be taken back, and the refusal names it")
    func removable() throws {
        let june = CommitteeReport(date: CalendarDate("2026-06-30")!, committee: "Cabinet", recordedBy: "Ana")
        let reports = [Identified(id: UUID(), value: may), Identified(id: UUID(), value: june)]
        try CommitteeReport.checkRemovable(reports[1].id, among: reports)
        try CommitteeReport.checkRemovable(reports[0].id, among: [reports[0]])
        let refusal = #expect(throws: ValidationFailure.self) { try CommitteeReport.checkRemovable(reports[0].id, among: reports) }
        #expect(refusal?.message == "only the latest committee report (Cabinet on 30 June 2026) can be removed, not the one to Audit Committee on 12 May 2026")
    }
}
