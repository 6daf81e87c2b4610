import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Action plan pages: correcting one's own progress update until the next committee report")
struct PlanCorrectionPagesTests {
    static let today = CalendarDate(year: 2026, month: 7, day: 1)!

    /// An officer's new update on an open action, and its address.
    static func officersUpdate(_ world: PlanPageWorld, _ browser: PageBrowser, date: String) async throws -> (action: String, update: String) {
        let open = try await world.openAction()
        let action = world.actionPath(open.action.action.id)
        let added = try await browser.post(action + "/updates", form: [("date", date), ("text", "Training booked for June.")])
        #expect(added.status == .seeOther)
        let stored = try #require(try await world.record().actions.first { $0.action.action.id == open.action.action.id }?.action.updates)
        let update = try #require(stored.first { $0.value.text == "Training booked for June." })
        return (action, action + "/updates/" + update.id.uuidString.lowercased())
    }

    @Test("the author changes the words through the form; the action page offers Change only on their own updates")
    func correct() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(Self.today)
            let world = try await PlanPageWorld.make(app)
            let officer = try await world.officer()
            let (action, update) = try await Self.officersUpdate(world, officer, date: "2026-06-20")

            let page = try PageCheck.structure(try await officer.get(action).text)
            let changes = page.all("a").filter { $0.attributes["href"]?.hasSuffix("/edit") == true && $0.attributes["href"]?.contains("/updates/") == true }
            #expect(changes.map { $0.attributes["href"] } == [update + "/edit"], "only the officer's own update")
            let other = try await world.officer()
            #expect(!(try await other.get(action).text).contains(update + "/edit"))

            let form = try await officer.get(update + "/edit")
            #expect(form.status == .ok)
            #expect(form.text.contains("Training booked for June."))
            let blank = try await officer.post(update, form: [("date", "2026-07-02"), ("text", " ")])
            #expect(blank.status == .unprocessableEntity)
            #expect(blank.text.contains("Enter what has happened") && blank.text.contains("The date of the update must be today"))
            let saved = try await officer.post(update, form: [("date", "2026-06-21"), ("text", "Training booked for 24 June.")])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == action + "?done=corrected")
            #expect(try await officer.get(action + "?done=corrected").text.contains("Training booked for 24 June."))

            let refused = try await other.post(update, form: [("date", "2026-06-21"), ("text", "Someone else's words")])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Only the person who wrote this update"))
            #expect(try await other.get(update + "/edit").status == .forbidden)
        }
    }

    @Test("removing asks first, then takes the update out; another person is refused at once")
    func remove() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(Self.today)
            let world = try await PlanPageWorld.make(app)
            let officer = try await world.officer()
            let (action, update) = try await Self.officersUpdate(world, officer, date: "2026-06-20")

            let other = try await world.officer()
            #expect(try await other.post(update + "/delete", form: []).status == .forbidden)
            let question = try await officer.post(update + "/delete", form: [])
            #expect(question.status == .ok)
            #expect(question.text.contains("Remove your update of 20 June 2026?"))
            #expect(question.text.contains("Training booked for June."))
            #expect(try await world.record().actions.contains { $0.action.updates.contains { $0.value.text == "Training booked for June." } })

            let done = try await officer.post(update + "/delete", form: [("confirm", "yes")])
            #expect(done.status == .seeOther)
            #expect(done.headers.first(name: .location) == action + "?done=removed")
            #expect(!(try await world.record().actions.contains { $0.action.updates.contains { $0.value.text == "Training booked for June." } }))
        }
    }

    @Test("recording a committee report on the plan page freezes the updates it showed")
    func committeeReport() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(Self.today)
            let world = try await PlanPageWorld.make(app)
            let officer = try await world.officer()
            let (action, update) = try await Self.officersUpdate(world, officer, date: "2026-06-20")

            let missing = try await officer.post(world.path + "/committee-reports", form: [("committee", ""), ("date", "2026-07-02")])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.text.contains("Enter the committee") && missing.text.contains("The meeting must be today"))
            let made = try await officer.post(world.path + "/committee-reports", form: [("committee", "Audit and Standards Committee"), ("date", "2026-06-30")])
            #expect(made.status == .seeOther)
            let plan = try await officer.get(world.path + "?done=reported")
            #expect(plan.text.contains("Presented to Audit and Standards Committee on 30 June 2026, recorded by Test Council officer"))

            let page = try await officer.get(action)
            #expect(!page.text.contains(update + "/edit"))
            #expect(page.text.contains("Updates dated on or before 30 June 2026 were reported to Audit and Standards Committee"))
            let refused = try await officer.post(update, form: [("date", "2026-06-20"), ("text", "Too late")])
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("can no longer be corrected or removed"))
            #expect(try await officer.post(update + "/delete", form: [("confirm", "yes")]).status == .conflict)
            #expect(try await world.councillor().post(world.path + "/committee-reports", form: [("committee", "Cabinet"), ("date", "2026-06-30")]).status == .forbidden)

            // Recorded by mistake: the latest report is taken back, after a question.
            let report = try #require(try await world.store.committeeReports(world.planId).last)
            let remove = world.path + "/committee-reports/" + report.id.uuidString.lowercased() + "/delete"
            let shown = try PageCheck.structure(try await officer.get(world.path).text)
            #expect(shown.all("form").contains { $0.attributes["action"] == remove })
            #expect(try await world.councillor().get(world.path).text.contains(remove) == false)
            #expect(try await world.councillor().post(remove, form: [("confirm", "yes")]).status == .forbidden)
            let question = try await officer.post(remove, form: [])
            #expect(question.status == .ok)
            #expect(question.text.contains("Remove the report to Audit and Standards Committee on 30 June 2026?"))
            #expect(try await world.store.committeeReports(world.planId).count == 1)
            let removed = try await officer.post(remove, form: [("confirm", "yes")])
            #expect(removed.status == .seeOther)
            #expect(removed.headers.first(name: .location) == world.path + "?done=report-removed")
            #expect(try await world.store.committeeReports(world.planId).isEmpty)
            #expect(try await officer.get(action).text.contains(update + "/edit"))
            #expect(try await officer.post(remove, form: [("confirm", "yes")]).status == .notFound)
            // Both are in the plan's history: who recorded the report, and who took it back.
            let history = try await officer.get(world.path + "/changes").text
            #expect(history.contains("Added committee report") && history.contains("Removed committee report"), "\(history)")
            #expect(history.contains("“Audit and Standards Committee”"))
            #expect(!history.contains("no longer recorded"), "the officer's own update names an account the page cannot")
        }
    }
}
