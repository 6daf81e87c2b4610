import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Action plan pages: actions and progress updates")
struct PlanActionPagesTests {
    @Test("the action page shows the action and its whole history, newest first")
    func actionPage() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let action = try #require(try await world.record().actions.first { $0.action.updates.count > 1 }?.action)

            let reply = try await world.councillor().get(world.actionPath(action.action.id))
            let root = try PageCheck.structure(reply.text)
            #expect(reply.status == .ok)
            #expect(reply.text.contains(action.action.value.description))
            let rows = try #require(root.all("tbody").first?.all("tr"))
            #expect(rows.count == action.updates.count)
            #expect(rows.first?.allText.contains(action.updates.last!.value.text) == true)
            #expect(!reply.text.contains("Add a progress update"))
        }
    }

    @Test("an update that completes an action shows on the plan page with its tag")
    func completeByUpdate() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let open = try await world.openAction()
            let browser = try await world.officer()
            let path = world.actionPath(open.action.action.id)

            let form = try PageCheck.structure(try await browser.get(path).text)
            let date = form.all("input").first { $0.attributes["name"] == "date" }
            #expect(date?.attributes["type"] == "date")
            #expect(date?.attributes["value"] == CalendarDate(Date()).description)

            let reply = try await browser.post(path + "/updates", form: [("date", "2026-04-01"), ("text", "All done and signed off."), ("status", "complete")])
            #expect(reply.status == .seeOther)
            #expect(reply.headers.first(name: .location) == path + "?done=update")

            let stored = try #require(try await world.record().actions.first { $0.action.action.id == open.action.action.id }?.action)
            #expect(stored.action.value.status == .complete)
            let update = try #require(stored.updates.last?.value)
            #expect(update.author == "Test Council officer")
            #expect(update.previousStatus == open.action.action.value.status && update.status == .complete)

            let plan = try PageCheck.structure(try await browser.get(world.path).text)
            let row = try #require(plan.all("tr").first { $0.all("a").contains { $0.attributes["href"] == path } })
            #expect(row.all("strong").first { $0.attributes["class"] == "tag tag-done" }?.allText == "Complete")
            #expect(row.allText.contains("All done and signed off."))
            #expect(row.allText.contains("1 April 2026, by Test Council officer"))

            let history = try await browser.get(path + "?done=update")
            #expect(history.text.contains("\(open.action.action.value.status.label) → Complete"))
        }
    }

    @Test("a script in an update's text comes out as words")
    func escaped() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let open = try await world.openAction()
            let browser = try await world.officer()
            let path = world.actionPath(open.action.action.id)

            let reply = try await browser.post(path + "/updates", form: [("date", "2026-04-01"), ("text", "<script>alert(1)</script>")])
            #expect(reply.status == .seeOther)
            for page in [path, world.path] {
                let text = try await browser.get(page).text
                #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!text.contains("<script>"))
            }
        }
    }

    @Test("an update without words or with a bad date is shown again with errors, and nothing is written")
    func badUpdate() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let before = try await world.record()
            let open = try await world.openAction()
            let path = world.actionPath(open.action.action.id)

            let reply = try await world.officer().post(path + "/updates", form: [("date", "31/02/2026"), ("text", ""), ("status", "complete")])
            let root = try PageCheck.structure(reply.text)
            #expect(reply.status == .unprocessableEntity)
            let links = root.all("main").first?.children.first?.all("a").map { $0.attributes["href"] }
            #expect(links == ["#field-date", "#field-text"])
            #expect(try await world.record() == before)

            let councillor = try await world.councillor()
            #expect(try await councillor.post(path + "/updates", form: [("date", "2026-04-01"), ("text", "Sneaky")]).status == .forbidden)
            #expect(try await world.record() == before)
        }
    }

    @Test("an officer adds an action with a lead and a phase, then changes its status, which the history records")
    func addAndEdit() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let item = try await world.record().items[0]
            let browser = try await world.officer()

            let form = try PageCheck.structure(try await browser.get(world.itemPath(item.item.id) + "/actions/new").text)
            let lead = try #require(form.all("option").first { $0.allText == "Owen Tredinnick" }?.attributes["value"])
            #expect(form.all("input").filter { $0.attributes["name"] == "timescale_kind" }.count == 4)

            let added = try await browser.post(
                world.itemPath(item.item.id) + "/actions",
                form: [
                    ("description", "Train every team leader"), ("lead_id", lead), ("timescale_kind", "phase"), ("phase_name", "By the summer"),
                    ("phase_start", "2026-04-01"), ("phase_end", "2026-08-31"), ("monitored_by", "Equalities Working Group"),
                    ("status", "not-started"),
                ])
            #expect(added.status == .seeOther)
            let stored = try #require(try await world.record().items[0].actions.last)
            #expect(stored.action.value.description == "Train every team leader")
            #expect(stored.action.value.leadId?.uuidString.lowercased() == lead)
            let start = try #require(CalendarDate("2026-04-01"))
            let end = try #require(CalendarDate("2026-08-31"))
            #expect(stored.action.value.timescale == .phase(name: "By the summer", start: start, end: end))
            #expect(added.headers.first(name: .location) == world.actionPath(stored.action.id) + "?done=action")

            let editPath = world.actionPath(stored.action.id)
            let edit = try PageCheck.structure(try await browser.get(editPath + "/edit").text)
            #expect(edit.all("textarea").first?.allText == "Train every team leader")
            let saved = try await browser.post(
                editPath,
                form: [("description", "Train every team leader"), ("lead_id", lead), ("timescale_kind", "date"), ("due", "2026-09-30"), ("status", "at-risk")])
            #expect(saved.status == .seeOther)
            let changed = try #require(try await world.record().items[0].actions.last)
            #expect(changed.action.value.status == .atRisk)
            #expect(changed.action.value.timescale == .due(try #require(CalendarDate("2026-09-30"))))
            #expect(changed.updates.last?.value.author == "Test Council officer")
            #expect(changed.updates.last?.value.text == "Status set to At risk")
            // The move is the officer's own update: they may correct or remove it.
            let move = try #require(changed.updates.last)
            let page = try PageCheck.structure(try await browser.get(editPath).text)
            let own = editPath + "/updates/" + move.id.uuidString.lowercased() + "/edit"
            #expect(page.all("a").contains { $0.attributes["href"] == own })
        }
    }

    @Test("a phase without its dates is shown again with errors at the fields, and nothing is written")
    func badAction() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let before = try await world.record()
            let item = before.items[0]

            let reply = try await world.officer().post(
                world.itemPath(item.item.id) + "/actions",
                form: [("description", "<script>alert(1)</script>"), ("timescale_kind", "phase"), ("phase_name", ""), ("phase_start", "2026-04-01"), ("phase_end", "")])
            let root = try PageCheck.structure(reply.text)
            #expect(reply.status == .unprocessableEntity)
            let links = root.all("main").first?.children.first?.all("a").map { $0.attributes["href"] }
            #expect(links == ["#field-phase-name", "#field-phase-end"])
            #expect(reply.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(try await world.record() == before)

            let ended = try await world.officer().post(
                world.itemPath(item.item.id) + "/actions",
                form: [("description", "Review"), ("timescale_kind", "phase"), ("phase_name", "Soon"), ("phase_start", "2026-04-01"), ("phase_end", "2026-03-01")])
            #expect(ended.status == .unprocessableEntity)
            #expect(try PageCheck.structure(ended.text).all("main").first?.children.first?.all("a").first?.attributes["href"] == "#field-phase-end")
            #expect(try await world.record() == before)

            let councillor = try await world.councillor()
            #expect(try await councillor.get(world.itemPath(item.item.id) + "/actions/new").status == .forbidden)
            #expect(try await councillor.post(world.itemPath(item.item.id) + "/actions", form: [("description", "No")]).status == .forbidden)
        }
    }
}
