import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Challenge pages: the register, setting up and changing the set-up")
struct ChallengePagesSetUpTests {
    @Test("the register lists what each person may see, with the set-up link only for those who run challenges")
    func register() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            _ = try await ChallengeStore(db: app.db, catalog: shippedCatalog).create(
                Challenge(organisationIds: [world.otherCouncil], frameworkId: "eflg-2021", modules: [ModuleScope(id: "services", level: "excellent")]))
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let all = try await manager.get("/challenges")
            #expect(all.status == .ok)
            try PageCheck.structure(all.text)
            #expect(all.text.contains("High Peak Borough Council"))
            #expect(all.text.contains("Derbyshire Dales District Council"))
            #expect(all.text.contains("href=\"/challenges/new\""))
            #expect(all.text.contains("12 to 14 March 2025"))

            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: world.council)
            let own = try await officer.get("/challenges")
            #expect(own.status == .ok)
            #expect(own.text.contains("High Peak Borough Council"))
            #expect(!own.text.contains("Derbyshire Dales District Council"))
            #expect(!own.text.contains("href=\"/challenges/new\""))
            #expect(try await officer.get("/challenges/new").status == .forbidden)
            let posted = try await officer.post(
                "/challenges",
                form: [("framework_id", "eflg-2021"), ("organisation_ids[]", world.council.uuidString), ("kind", "peer-challenge"),
                       ("modules[]", "communities"), ("level_communities", "achieving")])
            #expect(posted.status == .forbidden)
            #expect(try await ChallengeStore(db: app.db, catalog: shippedCatalog).list(PageRequest()).metadata.total == 2)
        }
    }

    @Test("a challenge is set up through the two steps, end to end, its words escaped")
    func twoSteps() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)
            let first = try await browser.get("/challenges/new")
            #expect(first.status == .ok)
            try PageCheck.structure(first.text)
            #expect(first.text.contains("Step 1 of 2"))
            #expect(first.text.contains("NHS Equality Delivery System"))

            let council = world.council.uuidString.lowercased(), other = world.otherCouncil.uuidString.lowercased()
            let second = try await browser.get("/challenges/new?framework_id=eflg-2021&organisation_ids%5B%5D=\(council)&organisation_ids%5B%5D=\(other)")
            #expect(second.status == .ok)
            try PageCheck.structure(second.text)
            #expect(second.text.contains("Step 2 of 2"))
            #expect(second.text.contains("Level sought in Understanding and working with your communities"))
            #expect(second.text.contains("value=\"\(other)\" checked"))
            #expect(second.text.contains("href=\"/challenges/new?framework_id=eflg-2021&amp;organisation_ids%5B%5D=\(council)&amp;organisation_ids%5B%5D=\(other)\""))

            let posted = try await browser.post(
                "/challenges",
                form: [
                    ("framework_id", "eflg-2021"), ("organisation_ids[]", council), ("organisation_ids[]", other), ("kind", "peer-challenge"),
                    ("modules[]", "communities"), ("level_communities", "achieving"), ("modules[]", "workforce"),
                    ("level_workforce", "excellent"), ("level_services", "developing"), ("focus", "<script>alert(1)</script>"),
                    ("start", "2026-05-04"), ("end", "2026-05-06"),
                ])
            #expect(posted.status == .seeOther)
            let location = try #require(ChallengePagesWorld.location(posted))
            #expect(location.hasSuffix("?done=created"))
            let id = try #require(UUID(uuidString: String(location.dropFirst("/challenges/".count).prefix(36))))
            let created = try await ChallengeStore(db: app.db, catalog: shippedCatalog).get(id).value
            #expect(created.organisationIds == [world.council, world.otherCouncil])
            #expect(created.modules.map(\.id) == ["communities", "workforce"])
            #expect(created.modules.map(\.level) == ["achieving", "excellent"])
            #expect(created.start == CalendarDate("2026-05-04"))
            #expect(created.status == .planning)

            let overview = try await browser.get(location)
            try PageCheck.structure(overview.text)
            #expect(overview.text.contains("The challenge has been set up."))
            #expect(overview.text.contains("Challenge of High Peak Borough Council and Derbyshire Dales District Council"))
            #expect(overview.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!overview.text.contains("<script>"))
        }
    }

    @Test("missing choices re-show the form with the problems, and nothing is written")
    func badInput() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)
            let noCouncil = try await browser.get("/challenges/new?framework_id=eflg-2021")
            #expect(noCouncil.status == .unprocessableEntity)
            #expect(noCouncil.text.contains("Choose at least one council"))

            let posted = try await browser.post(
                "/challenges",
                form: [("framework_id", "eflg-2021"), ("organisation_ids[]", world.council.uuidString), ("kind", "peer-challenge"),
                       ("modules[]", "communities"), ("start", "2026-02-30"), ("focus", "<script>alert(1)</script>")])
            #expect(posted.status == .unprocessableEntity)
            try PageCheck.structure(posted.text)
            #expect(posted.text.contains("<title>Error: Set up a new challenge"))
            #expect(posted.text.contains("There is a problem"))
            #expect(posted.text.contains("Choose the level sought in Understanding and working with your communities"))
            #expect(posted.text.contains("href=\"#field-start\""))
            #expect(posted.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))

            let backwards = try await browser.post(
                "/challenges",
                form: [("framework_id", "eflg-2021"), ("organisation_ids[]", world.council.uuidString), ("kind", "peer-challenge"),
                       ("modules[]", "communities"), ("level_communities", "achieving"), ("start", "2026-05-04"), ("end", "2026-05-01")])
            #expect(backwards.status == .unprocessableEntity)
            #expect(backwards.text.contains("href=\"#field-end\""))
            #expect(try await ChallengeStore(db: app.db, catalog: shippedCatalog).list(PageRequest()).metadata.total == 1)
        }
    }

    @Test("the set-up is changed through the edit form; those who may not change it get neither form nor change")
    func editing() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)
            let form = try await browser.get(world.path + "/edit")
            #expect(form.status == .ok)
            try PageCheck.structure(form.text)
            #expect(form.text.contains("Engagement with young people"))
            #expect(form.text.contains("value=\"2025-03-12\""))

            let saved = try await browser.post(
                world.path,
                form: [("framework_id", "eflg-2021"), ("organisation_ids[]", world.council.uuidString), ("kind", "peer-challenge"),
                       ("modules[]", "communities"), ("level_communities", "excellent"), ("focus", "Older people"),
                       ("start", "2025-04-01"), ("end", "")])
            #expect(saved.status == .seeOther)
            #expect(ChallengePagesWorld.location(saved) == world.path + "?done=updated")
            let stored = try await world.stored(app)
            #expect(stored.modules == [ModuleScope(id: "communities", level: "excellent")])
            #expect(stored.focus == "Older people")
            #expect(stored.end == nil)

            let bad = try await browser.post(world.path, form: [("framework_id", "eflg-2021"), ("kind", "peer-challenge")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Choose at least one council"))
            #expect(try await world.stored(app) == stored)

            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: world.council)
            #expect(try await councillor.get(world.path + "/edit").status == .forbidden)
            let refused = try await councillor.post(
                world.path, form: [("organisation_ids[]", world.council.uuidString), ("kind", "peer-challenge"), ("focus", "Nothing")])
            #expect(refused.status == .forbidden)
            #expect(try await world.stored(app) == stored)
        }
    }
}
