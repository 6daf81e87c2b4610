import EquitasCore
import Foundation
import Testing

@Suite("Who is reminded of what")
struct ReminderPlannerTests {
    static let today = CalendarDate("2026-06-01")!
    static let council = UUID()
    static let alex = UUID()
    static let bea = UUID()
    static let quiet = UUID()
    static let manager = UUID()

    static func action(_ description: String, lead: UUID, due: String, status: PlanActionStatus = .onTrack) -> PlanActionRecord {
        PlanActionRecord(
            action: Identified(id: UUID(), value: PlanAction(
                description: description, leadId: lead, timescale: .due(CalendarDate(due)!), status: status)),
            updates: [])
    }

    static var input: ReminderInput {
        let plan = ActionPlanRecord(
            plan: Identified(id: UUID(), value: ActionPlan(organisationId: council, title: "Equality action plan")),
            items: [PlanItemRecord(
                item: Identified(id: UUID(), value: PlanItem(number: 4, text: "Impact assessments")),
                actions: [
                    action("Publish the register", lead: alex, due: "2026-04-20"),
                    action("Train the authors", lead: alex, due: "2026-06-11"),
                    action("Audit ten assessments", lead: alex, due: "2026-04-01", status: .complete),
                    action("Review the template", lead: alex, due: "2026-08-01"),
                    action("Brief the cabinet", lead: bea, due: "2026-06-21"),
                    action("Ask the forum", lead: quiet, due: "2026-05-01"),
                ])])
        return ReminderInput(
            recipients: [
                .init(email: "alex@council.test", name: "Alex Lead", role: .councilOfficer, organisationId: council, personId: alex),
                .init(email: "bea@council.test", name: "Bea Lead", role: .councillor, organisationId: council, personId: bea),
                .init(email: "quiet@council.test", name: "Quiet Lead", role: .councilOfficer, organisationId: council, personId: quiet, remindersOff: true),
                .init(email: "rm@lga.test", name: "Review Manager", role: .reviewManager, personId: manager),
                .init(email: "admin@equitas.test", name: "Administrator", role: .administrator),
            ],
            plans: [.init(record: plan, organisationName: "Wyvern Vale District Council", monitoringContact: "Board@Council.test")],
            reviewWork: [
                .init(challengeName: "Ashdown", reviewManagerPersonIds: [manager], openComments: 3, draftWaiting: false),
                .init(challengeName: "Wealdmoor", reviewManagerPersonIds: [manager], openComments: 0, draftWaiting: true),
                .init(challengeName: "Elsewhere", reviewManagerPersonIds: [UUID()], openComments: 9, draftWaiting: true),
            ],
            duties: StatutoryDuties.duties(organisationId: council, from: CalendarDate("2026-01-01")!, to: CalendarDate("2027-12-31")!,
                                           awards: [(level: "Achieving", expires: CalendarDate("2026-07-15")!)]))
    }

    @Test("a lead officer's digest lists their overdue and due-soon actions, not finished or distant ones")
    func digest() throws {
        let messages = ReminderPlanner.messages(Self.input, asOf: Self.today)
        let alex = try #require(messages.first { $0.kind == .digest && $0.to == "alex@council.test" })
        #expect(alex.subject == "Equitas: your actions, 1 overdue and 1 due within 30 days")
        #expect(alex.body.contains("Publish the register (due 20 April 2026, 42 days overdue; on track)"))
        #expect(alex.body.contains("Train the authors (due 11 June 2026; on track)"))
        #expect(!alex.body.contains("Audit ten assessments") && !alex.body.contains("Review the template"))
        #expect(!alex.body.contains("Brief the cabinet"), "only their own actions")
        let bea = try #require(messages.first { $0.kind == .digest && $0.to == "bea@council.test" })
        #expect(bea.subject == "Equitas: your actions, 1 due within 30 days")
        #expect(messages.filter { $0.kind == .digest }.count == 2, "no digest for someone who turned them off, or with nothing due")
    }

    @Test("a review manager hears of comments to resolve and drafts waiting on their own challenges")
    func reviewQueue() throws {
        let messages = ReminderPlanner.messages(Self.input, asOf: Self.today).filter { $0.kind == .reviewQueue }
        #expect(messages.map(\.to) == ["rm@lga.test"])
        #expect(messages[0].subject == "Equitas: 3 comments to resolve and 1 draft waiting")
        #expect(messages[0].body.contains("- Ashdown: 3 council comments to resolve"))
        #expect(messages[0].body.contains("- Wealdmoor: the draft report to issue"))
        #expect(!messages[0].body.contains("Elsewhere"))
    }

    @Test("an action overdue by more than the set days goes to the monitoring contact, whatever the lead chose")
    func escalation() throws {
        let messages = ReminderPlanner.messages(Self.input, asOf: Self.today).filter { $0.kind == .escalation }
        #expect(messages.count == 1)
        #expect(messages[0].to == "board@council.test")
        #expect(messages[0].subject == "Equitas: 2 actions overdue by more than 30 days")
        #expect(messages[0].body.contains("Publish the register") && messages[0].body.contains("led by Alex Lead"))
        #expect(messages[0].body.contains("Ask the forum"), "the quiet lead's action still escalates")
        let later = ReminderPlanner.messages(Self.input, asOf: Self.today, settings: ReminderSettings(escalateAfterDays: 40))
        #expect(later.filter { $0.kind == .escalation }.first?.subject == "Equitas: 1 action overdue by more than 40 days")
    }

    @Test("a council's officers hear of statutory dates coming up; councillors and other roles do not")
    func statutory() throws {
        let march = ReminderPlanner.messages(Self.input, asOf: CalendarDate("2026-03-01")!).filter { $0.kind == .statutory }
        #expect(march.map(\.to) == ["alex@council.test"])
        #expect(march[0].subject == "Equitas: 3 statutory dates in the next 60 days")
        #expect(march[0].body.contains("30 March 2026 (in 29 days): Gender pay gap: publish the figures for the snapshot of 31 March 2025"))
        let june = ReminderPlanner.messages(Self.input, asOf: Self.today).filter { $0.kind == .statutory }
        #expect(june.first?.body.contains("Equality framework award (Achieving) ends") == true)
    }

    @Test("the statutory calendar: the pay gap snapshot and deadline, the yearly equality information, within the window")
    func duties() {
        let duties = StatutoryDuties.duties(organisationId: Self.council, from: CalendarDate("2026-03-30")!, to: CalendarDate("2026-03-31")!)
        #expect(duties.map(\.date.description) == ["2026-03-30", "2026-03-30", "2026-03-31"])
        #expect(duties.map(\.title).contains("Equality information: publish this year's (at least once a year)"))
    }
}
