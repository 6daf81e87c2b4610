import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Action plan pages: answering an item")
struct PlanItemPagesTests {
    @Test("an officer answers an item; the plan shows the response and rationale")
    func answer() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let item = try await world.record().items[0]
            let browser = try await world.officer()

            let form = try await browser.get(world.itemPath(item.item.id) + "/edit")
            let root = try PageCheck.structure(form.text)
            #expect(form.status == .ok)
            #expect(root.all("h1").first?.allText == "Respond to item \(item.item.value.number)")
            #expect(root.all("textarea").first?.attributes["name"] == "rationale")

            let reply = try await browser.post(
                world.itemPath(item.item.id), form: [("response", "agreed-different-approach"), ("rationale", "Done through the new <b>forum</b>.")])
            #expect(reply.status == .seeOther)
            #expect(reply.headers.first(name: .location) == world.path + "?done=item#item-\(item.item.value.number)")
            let stored = try await world.record().items[0].item.value
            #expect(stored.response == .agreedDifferentApproach)
            #expect(stored.rationale == "Done through the new <b>forum</b>.")

            let plan = try await browser.get(world.path + "?done=item")
            #expect(plan.text.contains("Agreed with a different approach"))
            #expect(plan.text.contains("Done through the new &lt;b&gt;forum&lt;/b&gt;."))
            #expect(try PageCheck.structure(plan.text).all("div").contains { $0.attributes["role"] == "status" })
        }
    }

    @Test("not agreed without a rationale is shown again with the error at the rationale, and nothing is written")
    func rationaleNeeded() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let before = try await world.record()
            let item = before.items[0]

            let reply = try await world.officer().post(world.itemPath(item.item.id), form: [("response", "not-agreed"), ("rationale", "  ")])
            let root = try PageCheck.structure(reply.text)
            #expect(reply.status == .unprocessableEntity)
            #expect(root.all("title").first?.allText.hasPrefix("Error: ") == true)
            let summary = try #require(root.all("main").first?.children.first)
            #expect(summary.attributes["class"] == "error-summary")
            #expect(summary.all("a").first?.attributes["href"] == "#field-rationale")
            #expect(root.all("span").first { $0.attributes["id"] == "field-rationale-error" }?.allText.contains("needs a rationale") == true)
            #expect(root.all("input").first { $0.attributes["value"] == "not-agreed" }?.attributes["checked"] != nil)
            #expect(try await world.record() == before)
        }
    }

    @Test("a councillor sees no form and is refused when posting anyway; another council's officer finds nothing")
    func readersCannotAnswer() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let before = try await world.record()
            let item = before.items[0]
            let councillor = try await world.councillor()

            #expect(try await councillor.get(world.itemPath(item.item.id) + "/edit").status == .forbidden)
            #expect(try await councillor.post(world.itemPath(item.item.id), form: [("response", "agreed")]).status == .forbidden)
            let other = try await world.otherOfficer()
            #expect(try await other.post(world.itemPath(item.item.id), form: [("response", "agreed")]).status == .notFound)
            #expect(try await world.record() == before)
        }
    }
}
