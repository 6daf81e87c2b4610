import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Challenge pages: the programme")
struct ChallengePagesProgrammeTests {
    private func sessions(_ app: Application, _ world: ChallengePagesWorld) async throws -> [Identified<ProgrammeSession>] {
        try await ChallengePartStore<ProgrammeSession>(db: app.db, catalog: shippedCatalog).list(challengeId: world.challenge, PageRequest()).items
    }

    private func form(title: String, start: String = "09:30", end: String = "10:30", peers: [UUID] = []) -> [(String, String)] {
        [("date", "2025-03-12"), ("start_time", start), ("end_time", end), ("kind", "focus-group"), ("title", title),
         ("met", "Staff equality network\n\nYouth council")] + peers.map { ("peer_ids[]", $0.uuidString.lowercased()) }
    }

    @Test("a peer on the team adds, changes and deletes sessions while the challenge is on site")
    func peerOnSite() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            try await world.move(app, to: .selfAssessment, .onSite)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let empty = try await peer.get(world.path + "/programme")
            #expect(empty.status == .ok)
            try PageCheck.structure(empty.text)
            #expect(empty.text.contains("No sessions are in the programme yet."))
            #expect(empty.text.contains("Add the session"))

            let added = try await peer.post(world.path + "/programme", form: form(title: "<script>alert(1)</script>", peers: [world.peer]))
            #expect(added.status == .seeOther)
            #expect(ChallengePagesWorld.location(added) == world.path + "/programme?done=added")
            let stored = try #require(try await sessions(app, world).first)
            #expect(stored.value.met == ["Staff equality network", "Youth council"])
            #expect(stored.value.peerIds == [world.peer])
            #expect(stored.value.start == LocalDateTime("2025-03-12T09:30"))

            let page = try await peer.get(world.path + "/programme?done=added")
            try PageCheck.structure(page.text)
            #expect(page.text.contains("The session has been added."))
            #expect(page.text.contains("12 March 2025"))
            #expect(page.text.contains("09:30 to 10:30"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.text.contains("<script>"))

            let sessionPath = world.path + "/programme/\(stored.id.uuidString.lowercased())"
            let edit = try await peer.get(sessionPath + "/edit")
            #expect(edit.status == .ok)
            try PageCheck.structure(edit.text)
            #expect(edit.text.contains("value=\"09:30\""))
            let changed = try await peer.post(sessionPath, form: form(title: "Meeting the staff network", start: "11:00", end: "12:00"))
            #expect(changed.status == .seeOther)
            #expect(try await sessions(app, world).map(\.value.title) == ["Meeting the staff network"])

            let deleted = try await peer.post(sessionPath + "/delete", form: [("confirm", "yes")])
            #expect(deleted.status == .seeOther)
            #expect(try await sessions(app, world).isEmpty)
        }
    }

    @Test("a session that ends before it starts, or has no title, is refused at its field and nothing is written")
    func badInput() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)
            let backwards = try await browser.post(world.path + "/programme", form: form(title: "Interviews", start: "11:00", end: "10:00"))
            #expect(backwards.status == .unprocessableEntity)
            try PageCheck.structure(backwards.text)
            #expect(backwards.text.contains("<title>Error: Programme"))
            #expect(backwards.text.contains("href=\"#field-end-time\""))
            #expect(backwards.text.contains("value=\"Interviews\""))
            let untitled = try await browser.post(world.path + "/programme", form: form(title: "  "))
            #expect(untitled.status == .unprocessableEntity)
            #expect(untitled.text.contains("Enter a title for the session"))
            #expect(try await sessions(app, world).isEmpty)
        }
    }

    @Test("a councillor reads the programme without forms and may not add to it; a peer off the team finds nothing")
    func readersAndStrangers() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: world.council)
            let page = try await councillor.get(world.path + "/programme")
            #expect(page.status == .ok)
            #expect(!page.text.contains("Add the session"))
            #expect(try await councillor.post(world.path + "/programme", form: form(title: "Interviews")).status == .forbidden)
            #expect(try await sessions(app, world).isEmpty)

            let stranger = try await PersonStore(db: app.db).create(Person(name: "Sam Stranger", organisationId: world.peerBody)).id
            let offTeam = try await PageBrowser.signedIn(app, as: .peer, personId: stranger)
            #expect(try await offTeam.get(world.path + "/programme").status == .notFound)
            #expect(try await offTeam.post(world.path + "/programme", form: form(title: "Interviews")).status == .notFound)
        }
    }
}
