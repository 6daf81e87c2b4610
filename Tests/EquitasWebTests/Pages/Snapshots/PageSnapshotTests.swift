import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// The main pages of the shipped demo, whole, at a fixed date (10 March 2026): what a
/// change to a page does shows as a diff of its HTML. Re-record with
/// `EQUITAS_RECORD_SNAPSHOTS=1` (see README.md beside this file).
@Suite("Page snapshots at a fixed date")
struct PageSnapshotTests {
    static let day = CalendarDate(year: 2026, month: 3, day: 10)!

    @Test("the team's pages, the report page and the action plan, as a review manager and an officer see them")
    func mainPages() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(Self.day)
            let world = try await PlanPageWorld.make(app)
            let challenge = try await ActionPlanStore(db: app.db, catalog: shippedCatalog).get(world.planId).value.challengeId
            let path = "/challenges/" + (try #require(challenge)).uuidString.lowercased()
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager, email: "manager@snapshots.equitas.test")
            for (name, page) in [
                ("challenge-overview", path), ("findings", path + "/findings"), ("recommendations", path + "/recommendations"),
                ("programme", path + "/programme"), ("team", path + "/team"), ("report", path + "/report"),
            ] {
                let reply = try await manager.get(page)
                #expect(reply.status == .ok, "\(page)")
                try HTMLSnapshot.check(reply.text, named: name)
            }
            let officer = try await PageBrowser.signedIn(
                app, as: .councilOfficer, organisationId: world.councilId, email: "officer@snapshots.equitas.test")
            let plan = try await officer.get(world.path)
            #expect(plan.status == .ok)
            try HTMLSnapshot.check(plan.text, named: "action-plan")
            let action = try await officer.get(world.actionPath(try await world.openAction().action.action.id))
            #expect(action.status == .ok)
            try HTMLSnapshot.check(action.text, named: "plan-action")
        }
    }

    @Test("the public pages: the list of published reports and one report")
    func publicPages() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(Self.day)
            let outcome = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let visitor = PageBrowser(app: app)
            let list = try await visitor.get("/published")
            #expect(list.status == .ok)
            try HTMLSnapshot.check(list.text, named: "published")
            let report = try await visitor.get("/published/\(outcome.challengeId.uuidString.lowercased())/report")
            #expect(report.status == .ok)
            try HTMLSnapshot.check(report.text, named: "published-report")
        }
    }

    @Test("a snapshot's ids and token are placeholders, numbered in order; a difference names its line")
    func normalising() {
        let html = #"<main><a href="/c/7D444840-9DC0-11D1-B245-5FFDCE74FAD2">x</a><input name="csrf_token" value="abc"><a href="/c/7d444840-9dc0-11d1-b245-5ffdce74fad2/e/00000000-0000-0000-0000-000000000001"></a></main>"#
        let normal = HTMLSnapshot.normalised(HTMLSnapshot.main(of: html))
        #expect(normal.contains(#"href="/c/{id-1}""#))
        #expect(normal.contains(#"href="/c/{id-1}/e/{id-2}""#))
        #expect(normal.contains(#"value="{csrf}""#))
        #expect(HTMLSnapshot.difference("a\nb\nc", "a\nB\nc") == "line 2 - b\nline 2 + B")
    }
}
