import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The dashboard")
struct DashboardPageTests {
    /// Two councils with a challenge each, made through the API as a review manager would.
    struct TwoCouncils {
        let first: UUID, second: UUID
        let firstChallenge: UUID, secondChallenge: UUID

        static func make(_ app: Application, firstName: String = "Wyvern Vale District Council") async throws -> TwoCouncils {
            let client = APIClient(app: app)
            let first = try await client.organisation(firstName)
            let second = try await client.organisation("Calder Moor Borough Council", type: .boroughCouncil)
            return TwoCouncils(
                first: first, second: second, firstChallenge: try await client.challenge(for: [first]),
                secondChallenge: try await client.challenge(for: [second]))
        }
    }

    static func link(_ id: UUID, prefix: String = "/challenges/") -> String { prefix + id.uuidString.lowercased() }

    /// A plan for the council with one action long overdue and one due in ten days.
    static func plan(_ app: Application, for council: UUID, title: String) async throws -> UUID {
        let plans = ActionPlanStore(db: app.db, catalog: shippedCatalog)
        let plan = try await plans.create(ActionPlan(organisationId: council, title: title)).id
        let item = try await plans.addItem(plan, PlanItem(number: 1, text: "Know the communities the council serves")).id
        let soon = try #require(CalendarDate(Date()).adding(days: 10))
        _ = try await plans.addAction(plan, item, PlanAction(description: "Publish the equality profile", timescale: .due(soon)))
        _ = try await plans.addAction(
            plan, item, PlanAction(description: "Train the panel", timescale: .due(try #require(CalendarDate("2020-01-31")))))
        return plan
    }

    @Test("a council officer sees only their own council's challenges and plans, and cannot set up a challenge")
    func councilOfficer() async throws {
        try await withTestApp { app in
            let world = try await TwoCouncils.make(app)
            _ = try await Self.plan(app, for: world.second, title: "Calder Moor plan")
            let browser = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: world.first)

            let reply = try await browser.get("/dashboard")
            let root = try PageCheck.structure(reply.text)
            let links = root.all("a").compactMap { $0.attributes["href"] }

            #expect(reply.status == .ok)
            #expect(root.all("h1").first?.allText == "Dashboard")
            #expect(links.contains(Self.link(world.firstChallenge)))
            #expect(!links.contains(Self.link(world.secondChallenge)))
            #expect(reply.text.contains("Wyvern Vale District Council"))
            #expect(!reply.text.contains("Calder Moor"))
            #expect(!links.contains("/challenges/new"))
            #expect(root.all("h2").map(\.allText).contains("Actions due or overdue"))
            #expect(reply.text.contains("No actions are overdue or due in the next 30 days."))
        }
    }

    @Test("a peer sees only the challenges whose team they are on, and no action plans")
    func peer() async throws {
        try await withTestApp { app in
            let world = try await TwoCouncils.make(app)
            let person = try await PersonStore(db: app.db).create(Person(name: "Priya Peer")).id
            let added = try await APIClient(app: app).send(
                .POST, "/api/v1/challenges/\(world.secondChallenge.uuidString.lowercased())/team",
                json: TeamMember(personId: person, role: .officerPeer))
            #expect(added.status == .created, "\(added.text)")
            let browser = try await PageBrowser.signedIn(app, as: .peer, personId: person)

            let reply = try await browser.get("/dashboard")
            let root = try PageCheck.structure(reply.text)
            let links = root.all("a").compactMap { $0.attributes["href"] }

            #expect(reply.status == .ok)
            #expect(links.contains(Self.link(world.secondChallenge)))
            #expect(!links.contains(Self.link(world.firstChallenge)))
            #expect(!root.all("h2").map(\.allText).contains("Actions due or overdue"))
        }
    }

    @Test("a review manager sees every challenge, the way to set one up, and overdue actions first with a tag")
    func reviewManager() async throws {
        try await withTestApp { app in
            let world = try await TwoCouncils.make(app)
            let plan = try await Self.plan(app, for: world.first, title: "Wyvern Vale plan")
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)

            let reply = try await browser.get("/dashboard")
            let root = try PageCheck.structure(reply.text)
            let links = root.all("a").compactMap { $0.attributes["href"] }
            let dueTable = try #require(root.all("table").first { $0.attributes["aria-labelledby"] == "due-heading" })
            let rows = dueTable.all("tbody").first?.all("tr") ?? []

            #expect(links.contains(Self.link(world.firstChallenge)))
            #expect(links.contains(Self.link(world.secondChallenge)))
            #expect(links.contains("/challenges/new"))
            #expect(rows.count == 2)
            #expect(rows.first?.all("th").first?.allText == "1.2 Train the panel")
            #expect(rows.first?.all("strong").first?.attributes["class"] == "tag tag-overdue")
            #expect(rows.first?.allText.contains("Overdue by") == true)
            #expect(rows.last?.allText.contains("In 10 days") == true)
            #expect(rows.first?.all("a").first?.attributes["href"] == Self.link(plan, prefix: "/action-plans/"))
            #expect(dueTable.all("th").allSatisfy { ["col", "row"].contains($0.attributes["scope"]) })
        }
    }

    @Test("a council officer is not shown another council's due actions")
    func dueActionsStayWithTheirCouncil() async throws {
        try await withTestApp { app in
            let world = try await TwoCouncils.make(app)
            _ = try await Self.plan(app, for: world.first, title: "Wyvern Vale plan")
            let ours = try await PageBrowser.signedIn(app, as: .councillor, organisationId: world.first).get("/dashboard")
            let theirs = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: world.second).get("/dashboard")

            #expect(ours.text.contains("Train the panel"))
            #expect(!theirs.text.contains("Train the panel"))
            #expect(!theirs.text.contains("Wyvern Vale plan"))
        }
    }

    @Test("council names come out escaped")
    func escaped() async throws {
        try await withTestApp { app in
            _ = try await TwoCouncils.make(app, firstName: "<script>alert(1)</script> Council")
            let reply = try await PageBrowser.signedIn(app, as: .administrator).get("/dashboard")

            #expect(reply.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; Council"))
            #expect(!reply.text.contains("<script>alert"))
        }
    }

    @Test("someone not signed in is sent to sign in")
    func signedOut() async throws {
        try await withTestApp { app in
            let reply = try await PageBrowser(app: app).get("/dashboard")

            #expect(reply.status == .seeOther)
            #expect(reply.headers.first(name: .location)?.hasPrefix("/sign-in?next=") == true)
        }
    }
}
