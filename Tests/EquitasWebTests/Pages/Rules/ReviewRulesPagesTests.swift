import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// The rules a review manager expects, as the pages show them (every problem of a form
/// at once, beside its field) and as the API refuses them (4xx naming the field).
@Suite("Review rules on the pages and the API")
struct ReviewRulesPagesTests {
    static func summary(_ html: String) throws -> [String] {
        let root = try PageCheck.structure(html)
        let box = try #require(root.all("div").first { $0.attributes["class"] == "error-summary" })
        return box.all("li").map(\.allText)
    }

    static func session(date: String, start: String = "09:30", end: String = "10:30", title: String = "Leader") -> [(String, String)] {
        [("date", date), ("start_time", start), ("end_time", end), ("kind", "interview"), ("title", title)]
    }

    @Test("a session on 20 April for a challenge on 12–14 March is refused until the date is confirmed as meant; the API refuses it too")
    func sessionOutsideDates() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            try await world.move(app, to: .selfAssessment, .onSite)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let refused = try await peer.post(world.path + "/programme", form: Self.session(date: "2025-04-20"))
            #expect(refused.status == .unprocessableEntity)
            #expect(try Self.summary(refused.text) == [
                "The session is on 20 April 2025, outside the challenge's dates (12 to 14 March 2025): correct the date, or confirm that it is meant"
            ])
            #expect(refused.text.contains("name=\"outside_dates_confirmed\""))

            let meant = try await peer.post(world.path + "/programme", form: Self.session(date: "2025-04-20") + [("outside_dates_confirmed", "yes")])
            #expect(meant.status == .seeOther)

            let api = APIClient(app: app)
            let session = ProgrammeSession(start: LocalDateTime("2025-04-21T09:00")!, end: LocalDateTime("2025-04-21T10:00")!, kind: .interview, title: "Late")
            let viaAPI = try await api.send(.POST, "/api/v1/challenges/\(world.challenge)/programme", json: session)
            #expect(viaAPI.status == .unprocessableEntity)
            #expect(viaAPI.error?.path == "start")
            var confirmed = session
            confirmed.outsideDatesConfirmed = true
            #expect(try await api.send(.POST, "/api/v1/challenges/\(world.challenge)/programme", json: confirmed).status == .created)
        }
    }

    @Test("every problem of the programme form comes back at once, in words: no times in machine form")
    func allErrorsAtOnce() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            try await world.move(app, to: .selfAssessment, .onSite)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let reply = try await peer.post(
                world.path + "/programme", form: [("date", "2025-03-12"), ("start_time", "11:00"), ("end_time", "10:00"), ("kind", ""), ("title", " ")])
            #expect(reply.status == .unprocessableEntity)
            #expect(try Self.summary(reply.text) == [
                "The end time must be after the start time", "Choose what kind of session this is", "Enter a title for the session",
            ])
            #expect(!reply.text.contains("T10:00"))
        }
    }

    @Test("a finding for a module out of scope is refused unless it is an observation; the API refuses it too")
    func findingOutOfScope() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let refused = try await peer.post(
                world.path + "/findings", form: [("module", "leadership"), ("kind", "strength"), ("council", "joint"), ("text", "Visible leaders")])
            #expect(refused.status == .unprocessableEntity)
            let problems = try Self.summary(refused.text)
            #expect(problems.count == 1)
            #expect(problems.first?.contains("is not in this challenge's scope") == true)
            #expect(try await world.findings().isEmpty)

            let observed = try await peer.post(
                world.path + "/findings", form: [("module", "leadership"), ("kind", "observation"), ("council", "joint"), ("text", "Visible leaders")])
            #expect(observed.status == .seeOther)

            let viaAPI = try await world.api.send(
                .POST, "/api/v1/challenges/\(world.challenge)/findings", json: Finding(module: "leadership", kind: .strength, text: "Visible"))
            #expect(viaAPI.status == .unprocessableEntity)
            #expect(viaAPI.error?.path == "module")
        }
    }

    @Test("a quote with no attribution and a module out of scope are both said at once")
    func findingProblemsTogether() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let refused = try await peer.post(
                world.path + "/findings", form: [("module", "leadership"), ("kind", "quote"), ("council", "joint"), ("text", "We are heard")])
            #expect(refused.status == .unprocessableEntity)
            let problems = try Self.summary(refused.text)
            #expect(problems.count == 2)
            #expect(problems.last == "Enter who said it, as a role or a group, such as Partner organisation")
        }
    }

    @Test("an officer of the council under challenge cannot join its team, on the page or by the API, and is told why")
    func peerFromCouncil() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let officer = try await PersonStore(db: app.db).create(Person(name: "Olu Officer", organisationId: world.council, jobTitle: "Equality lead")).id
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let refused = try await manager.post(world.path + "/team", form: [("person_id", officer.uuidString), ("role", "")])
            #expect(refused.status == .unprocessableEntity)
            #expect(try Self.summary(refused.text) == [
                "Olu Officer works for High Peak Borough Council, which this challenge assesses: the team comes from other bodies, so that the challenge is independent",
                "Choose their role on the team",
            ])
            let viaAPI = try await APIClient(app: app).send(
                .POST, "/api/v1/challenges/\(world.challenge)/team", json: TeamMember(personId: officer, role: .officerPeer))
            #expect(viaAPI.status == .unprocessableEntity)
            #expect(viaAPI.error?.path == "person_id")
            #expect(viaAPI.error?.message.contains("High Peak Borough Council") == true)
        }
    }

    @Test("the Local Government Association is not offered as a council to challenge, and is refused if sent")
    func nationalBodyNotChallenged() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let first = try await manager.get("/challenges/new")
            #expect(first.text.contains("High Peak Borough Council"))
            #expect(!first.text.contains("Local Government Association"))

            let chosen = try await manager.get("/challenges/new?step=1&framework_id=eflg-2021&organisation_ids%5B%5D=\(world.peerBody.uuidString.lowercased())")
            #expect(chosen.status == .unprocessableEntity)
            #expect(try Self.summary(chosen.text).first?.hasPrefix("Local Government Association is a national body") == true)

            let api = APIClient(app: app)
            let viaAPI = try await api.send(
                .POST, "/api/v1/challenges",
                json: Challenge(organisationIds: [world.peerBody], frameworkId: "eflg-2021", modules: [ModuleScope(id: "communities", level: "achieving")]))
            #expect(viaAPI.status == .unprocessableEntity)
            #expect(viaAPI.error?.path == "organisation_ids[0]")
        }
    }

    @Test("set-up step 1 sent with nothing chosen says what to choose")
    func emptyFirstStep() async throws {
        try await withTestApp { app in
            _ = try await ChallengePagesWorld.make(app)
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let form = try PageForm.find(in: try await manager.get("/challenges/new").text, button: "Continue")
            let sent = try await manager.submit(form)
            #expect(sent.status == .unprocessableEntity)
            #expect(try Self.summary(sent.text) == ["Choose a framework", "Choose at least one council"])
        }
    }

    @Test("evidence with neither a file nor a link is refused on the page and by the API")
    func evidenceNeedsDocument() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            let refused = try await officer.postMultipart(world.base + "/evidence", fields: [("title", ""), ("kind", "strategy")], file: nil)
            #expect(refused.status == .unprocessableEntity)
            #expect(try Self.summary(refused.text) == [
                "Enter the title of the document", "Choose the file to upload, or enter the address where the document is published",
            ])
            let linked = try await officer.postMultipart(
                world.base + "/evidence", fields: [("title", "Strategy"), ("url", "https://example.org/strategy.pdf")], file: nil)
            #expect(linked.status == .seeOther)

            let api = APIClient(app: app)
            let path = "/api/v1/challenges/\(world.challenge)/evidence"
            let bare = try await api.send(.POST, path, json: EvidenceDocument(title: "Minutes"))
            #expect(bare.status == .unprocessableEntity)
            #expect(bare.error?.path == "url")
            #expect(try await api.send(.POST, path, json: EvidenceDocument(title: "Minutes", fileToFollow: true)).status == .created)
        }
    }

    @Test("a progress update dated in the future is refused on the page and by the API, saying today's date")
    func futureUpdate() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(CalendarDate(year: 2026, month: 3, day: 10)!)
            let world = try await PlanPageWorld.make(app)
            let officer = try await world.officer()
            let actionId = try await world.openAction().action.action.id
            let refused = try await officer.post(world.actionPath(actionId) + "/updates", form: [("date", "2027-01-05"), ("text", "All done")])
            #expect(refused.status == .unprocessableEntity)
            #expect(try Self.summary(refused.text) == ["The date of the update must be today (10 March 2026) or earlier"])

            let viaAPI = try await APIClient(app: app).send(
                .POST, "/api/v1/action-plans/\(world.planId)/actions/\(actionId)/updates",
                json: ProgressUpdate(date: CalendarDate("2027-01-05")!, author: "Olu Officer", text: "All done"))
            #expect(viaAPI.status == .unprocessableEntity)
            #expect(viaAPI.error?.path == "date")
        }
    }
}
