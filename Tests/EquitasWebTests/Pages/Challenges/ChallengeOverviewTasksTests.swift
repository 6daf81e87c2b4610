import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("A challenge's parts as a task list on its overview")
struct ChallengeOverviewTasksTests {
    /// Each part's name and state, in order.
    static func parts(_ page: APIClient.Reply) throws -> [String: String] {
        let root = try PageCheck.structure(page.text)
        let section = root.all("section").first { $0.attributes["aria-labelledby"] == "parts-heading" }
        var parts: [String: String] = [:]
        for item in section?.all("li") ?? [] {
            parts[item.all("a").first?.allText ?? ""] = item.all("strong").first?.allText ?? ""
        }
        return parts
    }

    @Test("the team sees each part with how far it has gone")
    func manager() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, status: .drafting)
            try await world.addFinding("Strong links with the voluntary sector")
            try await world.addFinding("The panel is not diverse", kind: .areaForConsideration)
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let page = try await manager.get(world.path)
            #expect(page.status == .ok)
            let parts = try Self.parts(page)
            #expect(parts["Findings"] == "2 findings")
            #expect(parts["Recommendations"] == "None yet")
            #expect(parts["Report"] == "Not issued yet")
            #expect(parts["Conclusion and award"] == "Not written")
            #expect(parts["Comments on drafts"] == "No draft yet")
            #expect(parts.keys.contains("History of changes"))
            #expect(!page.text.contains("Areas of this challenge"), "no bullet list at the foot")
        }
    }

    @Test("the council sees its own parts and the report issued, never the team's work before the final report")
    func council() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, status: .drafting)
            try await world.addFinding("Emerging: the panel is not diverse")
            let issued = try await world.api.send(.POST, "/api/v1/challenges/\(world.challenge)/report/versions/draft", raw: #"{"issued_by":"Review manager"}"#)
            #expect(issued.status == .created || issued.status == .ok)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: world.councils[0])
            let page = try await officer.get(world.path)
            let parts = try Self.parts(page)
            #expect(parts["Report"] == "Draft 1 issued")
            #expect(parts["Comments on drafts"] == "None made")
            #expect(parts["Findings"] == nil && parts["Recommendations"] == nil && parts["Conclusion and award"] == nil)
            #expect(!page.text.contains("finding"), "not even a count of the team's findings")
        }
    }
}
