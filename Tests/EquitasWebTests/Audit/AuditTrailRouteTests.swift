import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The audit trail over HTTP")
struct AuditTrailRouteTests {
    @Test("a change made through the API is in the challenge's trail with its author, fields before and after, as JSON, CSV and a page")
    func challengeTrail() async throws {
        try await withTestApp { app in
            let world = try await AccessWorld.make(app)
            try await world.setStatus(.onSite, app)
            let peer = try #require(world.actors.first { $0.name == "peer" }?.signed)
            let path = "/api/v1/challenges/\(world.ourChallenge.uuidString.lowercased())"
            let asPeer = APIClient(app: app, token: peer.token)
            let created = try await asPeer.send(
                .POST, path + "/findings", raw: #"{"module":"communities","kind":"strength","text":"Knows its <b>communities</b>"}"#)
            #expect(created.status == .created, "\(created.text)")
            let finding = try created.decode(Identified<Finding>.self)
            var changed = finding.value
            changed.text = "Knows its communities well"
            #expect(try await asPeer.send(.PUT, path + "/findings/\(finding.id.uuidString.lowercased())", json: changed).status == .ok)

            let trail = try await asPeer.send(.GET, path + "/changes")
            #expect(trail.status == .ok)
            let page = try trail.decode(Page<AuditEvent>.self)
            let update = try #require(page.items.first)
            #expect(update.action == .updated && update.record == "finding" && update.recordId == finding.id)
            #expect(update.author.label == "peer <peer@matrix.equitas.test>")
            #expect(update.changes == [AuditFieldChange(field: "text", before: "Knows its <b>communities</b>", after: "Knows its communities well")])
            #expect(page.items.dropFirst().first?.action == .created)

            let csv = try await asPeer.send(.GET, path + "/changes?format=csv")
            #expect(csv.headers.contentType?.serialize().hasPrefix("text/csv") == true)
            #expect(csv.text.contains("When,Who,Action,Record,Record id,Field,Before,After"))
            #expect(csv.text.contains("updated,finding,\(finding.id.uuidString.lowercased()),text,Knows its <b>communities</b>,Knows its communities well"))
            #expect(try await asPeer.send(.GET, path + "/changes?format=pdf").status == .unprocessableEntity)

            // The page escapes what people typed.
            var browser = PageBrowser(app: app)
            browser.cookie = peer.cookie
            let html = try await browser.get("/challenges/\(world.ourChallenge.uuidString.lowercased())/changes")
            #expect(html.status == .ok)
            try PageCheck.structure(html.text)
            #expect(html.text.contains("Knows its &lt;b&gt;communities&lt;/b&gt;"))
            #expect(html.text.contains("Changed finding"))

            // Another council's officer learns nothing, not even that the trail exists.
            let officer = try #require(world.actors.first { $0.name == "council officer" }?.signed)
            let theirs = "/api/v1/challenges/\(world.theirChallenge.uuidString.lowercased())/changes"
            #expect(try await APIClient(app: app, token: officer.token).send(.GET, theirs).status == .notFound)
        }
    }

    @Test("a plan's trail holds its own changes and nobody else's")
    func planTrail() async throws {
        try await withTestApp { app in
            let world = try await AccessWorld.make(app)
            let officer = try #require(world.actors.first { $0.name == "council officer" }?.signed)
            let client = APIClient(app: app, token: officer.token)
            let plan = "/api/v1/action-plans/\(world.ourPlan.uuidString.lowercased())"
            let renamed = ActionPlan(organisationId: world.ours, title: "Our renamed plan")
            #expect(try await client.send(.PUT, plan, json: renamed).status == .ok)
            let page = try await client.send(.GET, plan + "/changes").decode(Page<AuditEvent>.self)
            #expect(page.items.first?.changes.contains(AuditFieldChange(field: "title", before: "Our plan", after: "Our renamed plan")) == true)
            #expect(page.items.allSatisfy { $0.actionPlanId == world.ourPlan })
            let theirs = "/api/v1/action-plans/\(world.theirPlan.uuidString.lowercased())/changes"
            #expect(try await client.send(.GET, theirs).status == .notFound)
        }
    }
}
