import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The history of changes in words")
struct ChangesPageTests {
    @Test("people and councils by name, fields by their labels, bookkeeping left out, dates in words")
    func words() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, status: .onSite)
            let session = ProgrammeSession(
                start: try #require(LocalDateTime("2026-03-10T10:00")), end: try #require(LocalDateTime("2026-03-10T11:30")),
                kind: .focusGroup, title: "Staff network", peerIds: [world.peer])
            let added = try await world.api.send(.POST, "/api/v1/challenges/\(world.challenge)/programme", json: session)
            #expect(added.status == .created, "\(added.text)")
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let page = try await manager.get(world.path + "/changes")
            #expect(page.status == .ok)
            let root = try PageCheck.structure(page.text)
            let labels = root.all("dt").map(\.allText)
            #expect(labels.contains("Person"))
            #expect(labels.contains("Starts"))
            #expect(!labels.contains { $0.contains("_") || $0 == "Challenge id" || $0 == "Position" })
            let values = root.all("dd").map(\.allText)
            #expect(values.contains { $0.contains("“Pat Peer”") })
            #expect(values.contains { $0.contains("“10 March 2026 at 10:00”") })
            #expect(values.contains { $0.contains("“Focus group”") })
            #expect(!page.text.contains(world.peer.uuidString.lowercased()), "no raw id of a person")
            #expect(root.all("h3").map(\.allText).contains("Added programme session"))
            #expect(root.all("table").isEmpty, "entries, not a table wider than the screen")
            let crumbs = root.all("nav").first { $0.attributes["aria-label"] == "Breadcrumb" }?.all("li").map(\.allText)
            #expect(crumbs?.first == "Challenges")
            #expect(crumbs?.last == "History of changes")
        }
    }

    @Test("a council reading the history sees no change to the team's work, in words or in names")
    func visibility() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, status: .onSite)
            try await world.addFinding("Emerging: the panel is not diverse")
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: world.councils[0])
            let page = try await officer.get(world.path + "/changes")
            #expect(page.status == .ok)
            #expect(!page.text.contains("Emerging"))
            #expect(!page.text.contains("Added finding"))
        }
    }

    @Test("a value in words: yes and no, file types, lists of names, an id no longer known")
    func valueWords() {
        let person = UUID()
        var words = ChangeWords()
        words.names[person] = "Sam Patel"
        #expect(words.value("published", "true") == "Yes")
        #expect(words.value("media_type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document") == "Word document")
        #expect(words.value("met", #"["Staff network","Councillors"]"#) == "Staff network; Councillors")
        #expect(words.value("person_id", person.uuidString.lowercased()) == "Sam Patel")
        #expect(words.value("lead_id", UUID().uuidString) == "Someone or something no longer recorded")
        #expect(words.value("status", "council-review") == "Council review")
        #expect(words.value("due_date", "2026-05-01") == "1 May 2026")
        #expect(ChangeWords.who(AuditAuthor.account(id: UUID(), name: "Sam Patel", email: "sam@x.gov.uk")) == "Sam Patel")
        #expect(ChangeWords.label("ons_code") == "Area code")
        #expect(ChangeWords.label("brand_new_field") == "Brand new field")
    }
}
