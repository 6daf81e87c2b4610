import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Action plan pages: uploading a changed spreadsheet")
struct PlanImportPageTests {
    @Test("checking a changed sheet lists the changes and saves nothing; applying it changes the plan")
    func checkThenApply() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let before = try await world.record()
            let browser = try await world.officer()
            let first = before.items[0].actions[0].action.value.description
            let csv = try await browser.get(world.path + "/export?format=csv").text
            #expect(csv.contains(first))
            let changed = Data(csv.replacingOccurrences(of: first, with: first + " Revised.").utf8)

            let check = try await browser.postMultipart(
                world.path + "/import", fields: [("mode", "check")], file: ("file", "plan.csv", "text/csv", changed))
            let root = try PageCheck.structure(check.text)
            #expect(check.status == .ok)
            #expect(root.all("h1").first?.allText == "Check the changes from your spreadsheet")
            #expect(check.text.contains("1 action changed"))
            #expect(root.all("input").first { $0.attributes["value"] == "apply" }?.attributes["checked"] != nil)
            #expect(try await world.record() == before)

            let apply = try await browser.postMultipart(
                world.path + "/import", fields: [("mode", "apply")], file: ("file", "plan.csv", "text/csv", changed))
            #expect(apply.status == .seeOther)
            #expect(apply.headers.first(name: .location) == world.path + "?done=imported")
            #expect(try await world.record().items[0].actions[0].action.value.description == first + " Revised.")

            let again = try await browser.postMultipart(
                world.path + "/import", fields: [("mode", "apply")], file: ("file", "plan.csv", "text/csv", changed))
            #expect(again.headers.first(name: .location) == world.path + "?done=unchanged")
        }
    }

    @Test("a stale sheet that would undo newer work shows both sides, writes nothing, and offers the choice to apply it over them")
    func staleSheet() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let browser = try await world.officer()
            let exported = try await world.record()
            let action = exported.items[0].actions[0]
            let first = action.action.value.description
            let csv = try await browser.get(world.path + "/export?format=csv").text
            var newer = action.action.value
            newer.description = first + " Changed on the website."
            _ = try await world.store.updateAction(world.planId, action.action.id, newer, who: "Someone else")
            let before = try await world.record()
            let changed = Data(csv.replacingOccurrences(of: first, with: first + " Changed in the sheet.").utf8)

            let refused = try await browser.postMultipart(
                world.path + "/import", fields: [("mode", "apply")], file: ("file", "plan.csv", "text/csv", changed))
            let root = try PageCheck.structure(refused.text)
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("Nothing was written"))
            #expect(root.all("th").contains { $0.allText == "action 1.1" })
            #expect(root.all("input").contains { $0.attributes["value"] == PlanImportForm.forceMode })
            #expect(try await world.record() == before)

            let forced = try await browser.postMultipart(
                world.path + "/import", fields: [("mode", PlanImportForm.forceMode)], file: ("file", "plan.csv", "text/csv", changed))
            #expect(forced.status == .seeOther)
            #expect(try await world.record().items[0].actions[0].action.value.description == first + " Changed in the sheet.")
        }
    }

    @Test("a sheet with bad cells lists each problem by row and column, and nothing is written")
    func badCells() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let before = try await world.record()
            let browser = try await world.officer()
            let csv = try await browser.get(world.path + "/export?format=csv").text
            let due = try #require(before.items[0].actions[0].action.value.timescale?.dueDate?.description)
            let broken = Data(csv.replacingOccurrences(of: due, with: "31/13/2025").replacingOccurrences(of: "Not started", with: "Sleeping").utf8)

            let reply = try await browser.postMultipart(
                world.path + "/import", fields: [("mode", "apply")], file: ("file", "plan.csv", "text/csv", broken))
            let root = try PageCheck.structure(reply.text)
            #expect(reply.status == .unprocessableEntity)
            #expect(root.all("title").first?.allText.hasPrefix("Error: ") == true)
            let problems = try #require(root.all("main").first?.children.first?.all("li").map(\.allText))
            #expect(problems.count >= 3)
            #expect(problems.first?.hasPrefix("The spreadsheet has ") == true)
            #expect(problems.contains { $0.hasPrefix("Row 3, column \"Due\": \"31/13/2025\" is not a date") }, "\(problems)")
            #expect(problems.contains { $0.contains("column \"Status\"") })
            #expect(try await world.record() == before)

            let empty = try await browser.postMultipart(world.path + "/import", fields: [("mode", "check")], file: nil)
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Choose the spreadsheet to upload"))
        }
    }

    @Test("a sheet over the limit brings the upload form back with the limit named and the choice kept; nothing is written")
    func tooLarge() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let before = try await world.record()
            let browser = try await world.officer()
            let big = Data(repeating: 0x41, count: ActionPlanPageController.uploadLimit + 1)
            let reply = try await browser.postMultipart(world.path + "/import", fields: [("mode", "apply")], file: ("file", "plan.csv", "text/csv", big))
            #expect(reply.status == .payloadTooLarge)
            let root = try PageCheck.structure(reply.text)
            #expect(reply.text.contains("The spreadsheet must be smaller than 20 MB"))
            #expect(root.all("input").first { $0.attributes["value"] == "apply" }?.attributes["checked"] != nil)
            #expect(try await world.record() == before)
        }
    }

    @Test("a councillor gets no upload form and is refused when uploading anyway")
    func readersCannotUpload() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let before = try await world.record()
            let councillor = try await world.councillor()
            let csv = Data(try await councillor.get(world.path + "/export?format=csv").text.utf8)
            #expect(!(try await councillor.get(world.path).text.contains("Upload a changed spreadsheet")))
            let reply = try await councillor.postMultipart(
                world.path + "/import", fields: [("mode", "apply")], file: ("file", "plan.csv", "text/csv", csv))
            #expect(reply.status == .forbidden)
            #expect(try await world.record() == before)
        }
    }
}
