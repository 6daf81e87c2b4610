import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Report and comment pages")
struct ReportPagesTests {
    @Test("the report page lists downloads; the working copy comes as a Word file")
    func download() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, status: .drafting)
            try await world.addFinding("Strong links")
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let page = try await peer.get(world.path + "/report")
            #expect(page.status == .ok)
            try PageCheck.structure(page.text)
            #expect(page.text.contains("Download the working copy as Word (DOCX)"))
            #expect(!page.text.contains("Issue a draft"))

            let docx = try await peer.get(world.path + "/report/download?version=working&format=docx")
            #expect(docx.status == .ok)
            #expect(docx.body.getBytes(at: 0, length: 2) == Array("PK".utf8))
            #expect(docx.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
            #expect(docx.headers.first(name: .contentDisposition)?.contains(".docx") == true)
            #expect(try await peer.post(world.path + "/report/draft", form: []).status == .forbidden)
        }
    }

    @Test("a draft is issued, the council officer comments, the review manager resolves, then the final report and the plan")
    func trail() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, status: .drafting)
            let finding = try await world.addFinding("Data is patchy")
            let recommendation = try await world.api.send(
                .POST, "/api/v1/challenges/\(world.challenge)/recommendations", json: Recommendation(number: 1, text: "Fix the data"))
            #expect(recommendation.status == .created)
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let before = try await manager.get(world.path + "/report")
            #expect(before.text.contains("Issue a draft for the council"))
            let issued = try await manager.post(world.path + "/report/draft", form: [("confirm", "yes")])
            #expect(issued.status == .seeOther)
            #expect(issued.headers.first(name: .location) == world.path + "/report?done=draft")
            let after = try await manager.get(world.path + "/report?done=draft")
            #expect(after.text.contains("Draft issued"))
            #expect(after.text.contains("Test Review manager, review manager"))

            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: world.councils[0])
            let comments = try await officer.get(world.path + "/comments")
            #expect(comments.status == .ok)
            try PageCheck.structure(comments.text)
            #expect(comments.text.contains("Comment on draft 1"))
            let anchor = "finding:" + finding.uuidString.lowercased()
            let bad = try await officer.post(world.path + "/comments", form: [("anchor", anchor), ("text", "")])
            #expect(bad.status == .unprocessableEntity)
            let added = try await officer.post(world.path + "/comments", form: [("anchor", anchor), ("text", "It is <em>improving</em>")])
            #expect(added.status == .seeOther)
            let listed = try await officer.get(world.path + "/comments?done=added")
            #expect(listed.text.contains("It is &lt;em&gt;improving&lt;/em&gt;"))
            #expect(listed.text.contains("Finding: Data is patchy"))
            #expect(!listed.text.contains("/resolution\""))

            let open = try await manager.get(world.path + "/report")
            #expect(!open.text.contains("Issue the final report"))
            #expect(open.text.contains("is unresolved"))

            let stored = try await world.api.send(.GET, "/api/v1/challenges/\(world.challenge)/report/comments")
            let comment = try #require(try stored.decode(Page<Identified<ReportComment>>.self).items.first)
            let resolution = world.path + "/comments/\(comment.id.uuidString.lowercased())/resolution"
            #expect(try await officer.post(resolution, form: [("outcome", "noted")]).status == .forbidden)
            let form = try await manager.get(resolution)
            #expect(form.status == .ok)
            try PageCheck.structure(form.text)
            let refused = try await manager.post(resolution, form: [("outcome", "declined")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(##"href="#field-reason""##))
            let resolved = try await manager.post(resolution, form: [("outcome", "accepted"), ("revised_text", "Data is improving")])
            #expect(resolved.status == .seeOther)
            #expect(try await world.findings().first?.value.text == "Data is improving")
            let shown = try await officer.get(world.path + "/comments")
            #expect(shown.text.contains("Accepted by Test Review manager"))

            let ready = try await manager.get(world.path + "/report")
            #expect(ready.text.contains("Issue the final report"))
            #expect(try await manager.post(world.path + "/report/final", form: [("confirm", "yes")]).status == .seeOther)
            let final = try await officer.get(world.path + "/report")
            #expect(final.text.contains("Create the action plan"))
            #expect(try await officer.get(world.path + "/comments").text.contains("Comment on draft") == false)
            let plan = try await officer.post(
                world.path + "/action-plan", form: [("organisation_id", world.councils[0].uuidString.lowercased())])
            #expect(plan.status == .seeOther)
            #expect(plan.headers.first(name: .location)?.hasPrefix("/action-plans/") == true)
        }
    }
}
