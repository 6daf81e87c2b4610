import EquitasCore
import Foundation
import Testing

@Suite("What awaits each person on a challenge")
struct AwaitingTasksTests {
    static let council = UUID()
    static let otherCouncil = UUID()
    static let peerPerson = UUID()
    static let today = CalendarDate(year: 2026, month: 3, day: 11)!

    static func work(
        _ status: ChallengeStatus, versions: [ReportVersionSummary] = [], sessions: [ProgrammeSession] = [],
        start: String = "2026-03-10", end: String = "2026-03-12", feedbackGiven: Bool = false
    ) -> ChallengeWork {
        let challenge = Challenge(
            organisationIds: [council], frameworkId: "eflg-2021", modules: [], start: CalendarDate(start), end: CalendarDate(end), status: status)
        let facts = ChallengeFacts(
            status: status, organisationIds: [council], teamPersonIds: [peerPerson], feedbackGiven: feedbackGiven,
            draftIssued: !versions.isEmpty)
        return ChallengeWork(id: UUID(), challenge: challenge, facts: facts, versions: versions, sessionsToday: sessions)
    }

    static func draft(_ number: Int, comments total: Int = 0, open: Int = 0) -> ReportVersionSummary {
        ReportVersionSummary(
            number: number, kind: .draft, issuedOn: today, issuedBy: "Review manager", comments: CommentCounts(total: total, unresolved: open))
    }

    static let officer = Actor(accountId: UUID(), role: .councilOfficer, organisationId: council)
    static let councillor = Actor(accountId: UUID(), role: .councillor, organisationId: council)
    static let manager = Actor(accountId: UUID(), role: .reviewManager)
    static let peer = Actor(accountId: UUID(), role: .peer, personId: peerPerson)

    static func session(_ title: String, on day: CalendarDate, at hour: Int) -> ProgrammeSession {
        ProgrammeSession(
            start: LocalDateTime(date: day, hour: hour, minute: 0)!, end: LocalDateTime(date: day, hour: hour + 1, minute: 30)!,
            kind: .interview, title: title)
    }

    @Test("the council officer is told a draft awaits their comments, and how many they have made")
    func officerDraft() {
        let waiting = AwaitingTasks.tasks(for: Self.officer, Self.work(.councilReview, versions: [Self.draft(1)]), today: Self.today)
        #expect(waiting.map(\.words) == ["Draft 1 awaits your comments"])
        #expect(waiting.first?.place == .draftReading)
        #expect(waiting.first?.state == .notStarted)

        let started = AwaitingTasks.tasks(
            for: Self.officer, Self.work(.councilReview, versions: [Self.draft(1, comments: 3, open: 1), Self.draft(2, comments: 2)]),
            today: Self.today)
        #expect(started.map(\.words) == ["Draft 2 awaits your comments"])
        #expect(started.first?.state.words == "2 comments made")
    }

    @Test("a councillor reads the draft; an officer of another council is told nothing")
    func otherCouncillors() {
        let work = Self.work(.councilReview, versions: [Self.draft(1)])
        #expect(AwaitingTasks.tasks(for: Self.councillor, work, today: Self.today).map(\.words) == ["Draft 1 to read"])
        let stranger = Actor(accountId: UUID(), role: .councilOfficer, organisationId: Self.otherCouncil)
        #expect(AwaitingTasks.tasks(for: stranger, work, today: Self.today).isEmpty)
    }

    @Test("no council task points at what stays with the team, at any status")
    func councilNeverSeesTeamWork() {
        for status in ChallengeStatus.allCases {
            for versions in [[], [Self.draft(1, comments: 1, open: 1)]] {
                let work = Self.work(status, versions: versions, sessions: [Self.session("Staff network", on: Self.today, at: 10)])
                for actor in [Self.officer, Self.councillor] {
                    for task in AwaitingTasks.tasks(for: actor, work, today: Self.today) {
                        #expect(AccessPolicy.allows(actor, .read, .challenge(work.facts, part: task.place.area)), "\(status): \(task.words)")
                        #expect(task.place.area != .peerWork && task.place.area != .teamNotes && task.place.area != .workingCopy)
                    }
                }
            }
        }
    }

    @Test("the officer's self-assessment is a task while the council writes it, and only then")
    func selfAssessment() {
        #expect(AwaitingTasks.tasks(for: Self.officer, Self.work(.selfAssessment), today: Self.today).map(\.place) == [.selfAssessment])
        #expect(AwaitingTasks.tasks(for: Self.officer, Self.work(.onSite), today: Self.today).isEmpty)
        #expect(AwaitingTasks.tasks(for: Self.councillor, Self.work(.selfAssessment), today: Self.today).isEmpty)
    }

    @Test("the review manager resolves open comments and moves challenges on when it is time")
    func manager() {
        let review = AwaitingTasks.tasks(for: Self.manager, Self.work(.councilReview, versions: [Self.draft(1, comments: 2, open: 2)]), today: Self.today)
        #expect(review.map(\.words) == ["Resolve 2 comments on the drafts"])
        #expect(review.first?.place == .comments)

        let resolved = AwaitingTasks.tasks(for: Self.manager, Self.work(.councilReview, versions: [Self.draft(1, comments: 2)]), today: Self.today)
        #expect(resolved.map(\.words) == ["Every comment on draft 1 is resolved: issue the final report"])

        let visitOver = AwaitingTasks.tasks(for: Self.manager, Self.work(.onSite, end: "2026-03-10"), today: Self.today)
        #expect(visitOver.map(\.words) == ["The visit ended on 10 March 2026: move on to drafting"])
        #expect(AwaitingTasks.tasks(for: Self.manager, Self.work(.onSite), today: Self.today).isEmpty, "the visit runs to the 12th")

        let begun = AwaitingTasks.tasks(for: Self.manager, Self.work(.selfAssessment), today: Self.today)
        #expect(begun.map(\.words) == ["The visit began on 10 March 2026: move on to on site"])
        #expect(AwaitingTasks.tasks(for: Self.manager, Self.work(.planning, start: "2026-04-01", end: "2026-04-03"), today: Self.today).isEmpty)
        #expect(AwaitingTasks.tasks(for: Self.manager, Self.work(.final), today: Self.today).map(\.words) == ["The final report is issued: publish it"])
        #expect(AwaitingTasks.tasks(for: Self.manager, Self.work(.published), today: Self.today).isEmpty)
    }

    @Test("a peer on the team is given the day's sessions in time order; others are given none")
    func peerSessions() {
        let sessions = [
            Self.session("Focus group with staff", on: Self.today, at: 14), Self.session("Chief executive", on: Self.today, at: 9),
            Self.session("Yesterday's walk", on: CalendarDate(year: 2026, month: 3, day: 10)!, at: 9),
        ]
        let work = Self.work(.onSite, sessions: sessions)
        let tasks = AwaitingTasks.tasks(for: Self.peer, work, today: Self.today)
        #expect(tasks.map(\.words) == ["09:00 to 10:30: Chief executive", "14:00 to 15:30: Focus group with staff"])
        #expect(tasks.allSatisfy { $0.place == .programme && $0.state.words == "Today" })

        let stranger = Actor(accountId: UUID(), role: .peer, personId: UUID())
        #expect(AwaitingTasks.tasks(for: stranger, work, today: Self.today).isEmpty)
        #expect(AwaitingTasks.tasks(for: Self.peer, Self.work(.drafting, sessions: sessions), today: Self.today).isEmpty)
    }
}
