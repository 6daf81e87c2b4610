import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Action plan pages: the register, a plan and its downloads")
struct ActionPlanPagesTests {
    @Test("the register lists the plans a council's people may see, with counts by status")
    func register() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let reply = try await world.officer().get("/action-plans")
            let root = try PageCheck.structure(reply.text)
            #expect(reply.status == .ok)
            let table = try #require(root.all("table").first)
            #expect(table.all("caption").first?.allText == "Action plans, newest first")
            let link = try #require(table.all("tbody").first?.all("a").first)
            #expect(link.attributes["href"] == world.path)
            #expect(link.allText == (try await world.record().plan.value.title))
            #expect(table.allText.contains("Wyvern Vale District Council"))
            #expect(table.allText.contains("Peer challenge of "))
            #expect(table.allText.contains("Complete: "))

            // Another council's officer sees no plan; a peer may not see the register at all.
            let other = try await world.otherOfficer().get("/action-plans")
            #expect(other.status == .ok)
            #expect(try PageCheck.structure(other.text).all("table").isEmpty)
            let person = try await PersonStore(db: app.db).create(Person(name: "Pat Peer"))
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: person.id)
            #expect(try await peer.get("/action-plans").status == .forbidden)
            #expect(try await peer.get(world.path).status == .notFound)
        }
    }

    @Test("the plan page shows the summary, every item and its actions; a councillor gets no forms")
    func planPage() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let record = try await world.record()

            let reply = try await world.councillor().get(world.path)
            let root = try PageCheck.structure(reply.text)
            #expect(reply.status == .ok)
            #expect(root.all("h1").first?.allText == record.plan.value.title)
            let captions = root.all("caption").map(\.allText)
            #expect(captions.first == "Actions by status")
            #expect(captions.contains("Actions for item \(record.items[0].item.value.number)"))
            #expect(root.all("th").allSatisfy { ["col", "row"].contains($0.attributes["scope"]) })
            let firstAction = record.items[0].actions[0]
            let actionLink = root.all("a").first { $0.attributes["href"] == world.actionPath(firstAction.action.id) }
            #expect(actionLink?.allText == firstAction.action.value.description)
            #expect(reply.text.contains(firstAction.latestUpdate?.text ?? "no update"))
            #expect(root.all("a").contains { $0.attributes["href"] == world.path + "/export?format=xlsx" })
            #expect(root.all("a").contains { $0.attributes["href"] == world.path + "/progress-report?format=docx" })
            #expect(root.all("form").filter { $0.attributes["action"] != "/sign-out" }.isEmpty)
            #expect(!reply.text.contains("Edit the response"))

            let officer = try await world.officer().get(world.path)
            let forms = try PageCheck.structure(officer.text).all("form").map { $0.attributes["action"] }
            #expect(forms.contains(world.path + "/import"))
            #expect(officer.text.contains("Edit the response"))
            #expect(officer.text.contains("Add an action to item \(record.items[0].item.value.number)"))

            // Another council's officer cannot tell the plan exists.
            #expect(try await world.otherOfficer().get(world.path).status == .notFound)
        }
    }

    @Test("the spreadsheet and the progress report download with file names")
    func downloads() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let browser = try await world.councillor()

            let sheet = try await browser.get(world.path + "/export?format=xlsx")
            #expect(sheet.status == .ok)
            #expect(Array(Data(buffer: sheet.body).prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
            let disposition = sheet.headers.first(name: .contentDisposition) ?? ""
            #expect(disposition.hasPrefix("attachment; filename=\"") && disposition.hasSuffix(".xlsx\""))

            let csv = try await browser.get(world.path + "/export?format=csv")
            #expect(csv.headers.first(name: .contentDisposition)?.hasSuffix(".csv\"") == true)

            let report = try await browser.get(world.path + "/progress-report?format=docx")
            #expect(report.status == .ok)
            #expect(Array(Data(buffer: report.body).prefix(2)) == [0x50, 0x4B])
            #expect(report.headers.first(name: .contentDisposition)?.contains(".docx") == true)
            #expect(try await browser.get(world.path + "/progress-report?format=md").status == .ok)
            #expect(try await browser.get(world.path + "/export?format=pdf").status == .unprocessableEntity)
        }
    }
}
