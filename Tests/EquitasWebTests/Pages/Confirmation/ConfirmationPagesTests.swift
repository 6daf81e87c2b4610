import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// Every action that deletes something or cannot be taken back asks first, on a page
/// of its own, and acts only on the confirmed post.
@Suite("Confirmation before anything final or destructive")
struct ConfirmationPagesTests {
    @Test("deleting a finding asks, quoting it; only the confirmed post deletes")
    func finding() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            try await world.addFinding("Strong links with the voluntary sector")
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let journey = ConfirmationJourney(browser: peer)
            let asked = try await journey.ask("Delete finding 1", on: try await peer.get(world.path + "/findings"))
            #expect(asked.text.contains("Delete this finding?"))
            #expect(asked.text.contains("Strong links with the voluntary sector"))
            #expect(asked.text.contains("This cannot be undone."))
            #expect(try await world.findings().count == 1)

            let done = try await journey.confirm("Yes, delete this finding", on: asked)
            #expect(done.status == .seeOther)
            #expect(try await world.findings().isEmpty)
        }
    }

    @Test("a confirmed post still needs the CSRF token")
    func confirmedNeedsToken() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            let id = try await world.addFinding("Kept")
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let forged = try await peer.post(
                world.path + "/findings/\(id.uuidString.lowercased())/delete", form: [("confirm", "yes")], csrf: false)
            #expect(forged.status == .forbidden)
            #expect(try await world.findings().count == 1)
        }
    }

    @Test("deleting a programme session asks, saying when it was")
    func session() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            try await world.move(app, to: .selfAssessment, .onSite)
            let store = ChallengePartStore<ProgrammeSession>(db: app.db, catalog: shippedCatalog)
            _ = try await store.create(
                challengeId: world.challenge,
                ProgrammeSession(start: LocalDateTime("2025-03-12T09:30")!, end: LocalDateTime("2025-03-12T10:30")!, kind: .interview, title: "Leader"))
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let journey = ConfirmationJourney(browser: manager)
            let asked = try await journey.ask("Delete Leader", on: try await manager.get(world.path + "/programme"))
            #expect(asked.text.contains("12 March 2025, 09:30 to 10:30"))
            #expect(try await store.list(challengeId: world.challenge, PageRequest()).items.count == 1)
            #expect(try await journey.confirm("Yes, delete the session", on: asked).status == .seeOther)
            #expect(try await store.list(challengeId: world.challenge, PageRequest()).items.isEmpty)
        }
    }

    @Test("removing a team member asks, naming them and their role")
    func teamMember() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let journey = ConfirmationJourney(browser: manager)
            let asked = try await journey.ask("Remove Priya Peer", on: try await manager.get(world.path + "/team"))
            #expect(asked.text.contains("Take Priya Peer off the team?"))
            #expect(asked.text.contains("(officer peer)"))
            let team = ChallengePartStore<TeamMember>(db: app.db, catalog: shippedCatalog)
            #expect(try await team.list(challengeId: world.challenge, PageRequest()).items.count == 1)
            #expect(try await journey.confirm("Yes, take Priya Peer off the team", on: asked).status == .seeOther)
            #expect(try await team.list(challengeId: world.challenge, PageRequest()).items.isEmpty)
        }
    }

    @Test("moving the status on asks, saying from what to what; a forbidden move is refused at once")
    func statusMove() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let journey = ConfirmationJourney(browser: manager)
            let asked = try await journey.ask("Move on to self assessment", on: try await manager.get(world.path))
            #expect(asked.text.contains("from &#8220;Planning&#8221; to &#8220;Self assessment&#8221;") || asked.text.contains("from “Planning” to “Self assessment”"))
            #expect(try await world.stored(app).status == .planning)
            #expect(try await journey.confirm("Yes, move to", on: asked).status == .seeOther)
            #expect(try await world.stored(app).status == .selfAssessment)

            let refused = try await manager.post(world.path + "/transition", form: [("status", "published")])
            #expect(refused.status == .conflict)
            #expect(!refused.text.contains("name=\"confirm\""))
        }
    }

    @Test("issuing a draft and the final report each ask, saying what follows and the date")
    func issuing() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(CalendarDate(year: 2026, month: 3, day: 20)!)
            let world = try await PeerWorkWorld.make(app, status: .drafting)
            try await world.addFinding("Data is patchy")
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let journey = ConfirmationJourney(browser: manager)
            let versions = ReportVersionStore(db: app.db, catalog: shippedCatalog)

            let draft = try await journey.ask("Issue a draft for the council", on: try await manager.get(world.path + "/report"))
            #expect(draft.text.contains("Issue a draft report to the council?"))
            #expect(draft.text.contains("dated 20 March 2026"))
            #expect(try await versions.list(challengeId: world.challenge).isEmpty)
            #expect(try await journey.confirm("Yes, issue the draft", on: draft).status == .seeOther)
            let issued = try await versions.list(challengeId: world.challenge)
            #expect(issued.count == 1)
            #expect(issued.first?.issuedOn == CalendarDate(year: 2026, month: 3, day: 20))

            let final = try await journey.ask("Issue the final report", on: try await manager.get(world.path + "/report"))
            #expect(final.text.contains("This cannot be undone."))
            #expect(try await versions.list(challengeId: world.challenge).count == 1)
            #expect(try await journey.confirm("Yes, issue the final report", on: final).status == .seeOther)
            #expect(try await versions.list(challengeId: world.challenge).count == 2)
        }
    }

    @Test("deleting evidence asks, naming the document")
    func evidence() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            _ = try await world.addEvidence("Equality strategy")
            let officer = try await world.browser(.councilOfficer)
            let journey = ConfirmationJourney(browser: officer)
            let asked = try await journey.ask("Delete Equality strategy", on: try await officer.get(world.base + "/evidence"))
            #expect(asked.text.contains("Delete the evidence"))
            #expect(try await world.evidence().count == 1)
            #expect(try await journey.confirm("Yes, delete the evidence", on: asked).status == .seeOther)
            #expect(try await world.evidence().isEmpty)
        }
    }

    @Test("deleting an impact assessment asks, naming it")
    func impactAssessment() async throws {
        try await withTestApp { app in
            let council = try await ImpactAssessmentPagesTests.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let created = try await officer.post(ImpactAssessmentPagesTests.base(council), form: ImpactAssessmentPagesTests.filled)
            let location = try #require(created.headers.first(name: .location))
            let journey = ConfirmationJourney(browser: officer)
            let asked = try await journey.ask("Delete this impact assessment", on: try await officer.get(location))
            #expect(asked.text.contains("Library opening hours"))
            let store = ImpactAssessmentStore(db: app.db)
            #expect(try await store.list(organisationId: council).count == 1)
            #expect(try await journey.confirm("Yes, delete the impact assessment", on: asked).status == .seeOther)
            #expect(try await store.list(organisationId: council).isEmpty)
        }
    }

    @Test("deleting a staff snapshot asks, giving its date")
    func snapshot() async throws {
        try await withTestApp { app in
            let council = try await WorkforcePageTests.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let base = "/organisations/\(council.uuidString.lowercased())/workforce"
            let added = try await officer.postMultipart(
                base + "/snapshots", fields: [("snapshot", "2026-03-31"), ("replace", "no")],
                file: ("file", "staff.csv", "text/csv", Data(WorkforceAPITests.staff.utf8)))
            #expect(added.status == .seeOther, "\(added.text)")
            let journey = ConfirmationJourney(browser: officer)
            let asked = try await journey.ask("Delete the snapshot at 31 March 2026", on: try await officer.get(base + "/snapshots/2026-03-31"))
            #expect(asked.text.contains("Delete the staff snapshot of 31 March 2026?"))
            let store = WorkforceStore(db: app.db)
            #expect(try await store.snapshots(organisationId: council).count == 1)
            #expect(try await journey.confirm("Yes, delete the snapshot", on: asked).status == .seeOther)
            #expect(try await store.snapshots(organisationId: council).isEmpty)
        }
    }
}
