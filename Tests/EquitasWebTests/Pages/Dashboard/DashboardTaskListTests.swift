import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("What awaits each person, on the dashboard")
struct DashboardTaskListTests {
    static func tasks(_ page: APIClient.Reply) throws -> [(words: String, href: String?, state: String)] {
        let root = try PageCheck.structure(page.text)
        let list = root.all("ul").first { $0.attributes["class"] == "task-list" }
        return (list?.all("li") ?? []).map { item in
            let link = item.all("a").first
            let state = item.all("strong").first?.allText ?? ""
            return (link?.allText ?? "", link?.attributes["href"], state)
        }
    }

    @Test("the council officer is told the draft awaits their comments, and the review manager then has comments to resolve")
    func draftAndComments() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, status: .drafting)
            let finding = try await world.addFinding("A finding the council must not see before the draft")
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: world.councils[0])
            let before = try await officer.get("/dashboard")
            #expect(try Self.tasks(before).isEmpty)
            #expect(before.text.contains("Nothing awaits you today."))

            let issued = try await world.api.send(.POST, "/api/v1/challenges/\(world.challenge)/report/versions/draft", raw: #"{"issued_by":"Review manager"}"#)
            #expect(issued.status == .created || issued.status == .ok)
            let waiting = try Self.tasks(try await officer.get("/dashboard"))
            #expect(waiting.map(\.words) == ["Draft 1 awaits your comments"])
            #expect(waiting.first?.href == world.path + "/report/reading")
            #expect(waiting.first?.state == "Not started")

            let anchor = "finding:" + finding.uuidString.lowercased()
            let commented = try await officer.post(world.path + "/comments", form: [("anchor", anchor), ("text", "Say who we are")])
            #expect(commented.status == .seeOther)
            #expect(try Self.tasks(try await officer.get("/dashboard")).first?.state == "1 comment made")
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let managerTasks = try Self.tasks(try await manager.get("/dashboard"))
            #expect(managerTasks.filter { $0.href == world.path + "/comments" }.map(\.words) == ["Resolve 1 comment on the drafts"])
            #expect(managerTasks.first { $0.href == world.path + "/comments" }?.state == "1 open")
        }
    }

    @Test("a council's dashboard never lists a task that opens the team's work")
    func councilSeesNoTeamWork() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, status: .onSite)
            try await world.addFinding("Emerging: the panel is not diverse")
            for role in [Role.councilOfficer, .councillor] {
                let browser = try await PageBrowser.signedIn(app, as: role, organisationId: world.councils[0])
                let page = try await browser.get("/dashboard")
                #expect(!page.text.contains("Emerging"))
                for task in try Self.tasks(page) {
                    let href = task.href ?? ""
                    #expect(!href.contains("/findings") && !href.contains("/recommendations") && !href.contains("/conclusion"))
                }
            }
        }
    }
}
