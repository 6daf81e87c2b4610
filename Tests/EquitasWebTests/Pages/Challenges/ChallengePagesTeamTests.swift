import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Challenge pages: the team")
struct ChallengePagesTeamTests {
    private func team(_ app: Application, _ world: ChallengePagesWorld) async throws -> [Identified<TeamMember>] {
        try await ChallengePartStore<TeamMember>(db: app.db, catalog: shippedCatalog).list(challengeId: world.challenge, PageRequest()).items
    }

    @Test("the team page lists the members; people are added and removed, names escaped")
    func addAndRemove() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let newcomer = try await PersonStore(db: app.db).create(Person(name: "<script>alert(1)</script>", organisationId: world.peerBody)).id
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)
            let page = try await browser.get(world.path + "/team")
            #expect(page.status == .ok)
            try PageCheck.structure(page.text)
            #expect(page.text.contains("Priya Peer"))
            #expect(page.text.contains("Remove Priya Peer"))
            #expect(page.text.contains("Add to the team"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.text.contains("<script>"))

            let added = try await browser.post(world.path + "/team", form: [("person_id", newcomer.uuidString), ("role", "lead-peer")])
            #expect(added.status == .seeOther)
            #expect(ChallengePagesWorld.location(added) == world.path + "/team?done=added")
            #expect(try await team(app, world).map(\.value) == [
                TeamMember(personId: world.peer, role: .officerPeer), TeamMember(personId: newcomer, role: .leadPeer),
            ])

            let removed = try await browser.post(world.path + "/team/\(world.teamMember.uuidString.lowercased())/remove", form: [("confirm", "yes")])
            #expect(removed.status == .seeOther)
            #expect(try await team(app, world).map(\.value.personId) == [newcomer])
            #expect(try await browser.get(world.path + "/team?done=removed").text.contains("The person has been taken off the team."))
        }
    }

    @Test("a missing choice or someone already on the team is refused at the field, and nothing is written")
    func badInput() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)
            let noRole = try await browser.post(world.path + "/team", form: [("person_id", world.peerBody.uuidString), ("role", "")])
            #expect(noRole.status == .unprocessableEntity)
            try PageCheck.structure(noRole.text)
            #expect(noRole.text.contains("<title>Error: "))
            #expect(noRole.text.contains("Choose their role on the team"))
            let twice = try await browser.post(world.path + "/team", form: [("person_id", world.peer.uuidString), ("role", "lead-peer")])
            #expect(twice.status == .unprocessableEntity)
            #expect(twice.text.contains("Priya Peer is already on the team"))
            #expect(try await team(app, world).count == 1)
        }
    }

    @Test("a councillor sees the team but no forms, and may not add or remove")
    func councillorReadsOnly() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: world.council)
            let page = try await councillor.get(world.path + "/team")
            #expect(page.status == .ok)
            #expect(page.text.contains("Priya Peer"))
            #expect(!page.text.contains("Add to the team"))
            #expect(!page.text.contains("Remove Priya Peer"))
            let added = try await councillor.post(world.path + "/team", form: [("person_id", world.peer.uuidString), ("role", "lead-peer")])
            #expect(added.status == .forbidden)
            let removed = try await councillor.post(world.path + "/team/\(world.teamMember.uuidString.lowercased())/remove", form: [("confirm", "yes")])
            #expect(removed.status == .forbidden)
            #expect(try await team(app, world).count == 1)
        }
    }
}
