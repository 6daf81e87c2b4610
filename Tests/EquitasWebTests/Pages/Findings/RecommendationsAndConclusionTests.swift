import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Recommendation and conclusion pages")
struct RecommendationsAndConclusionTests {
    @Test("recommendations are added with the next number, refused without words, and edited")
    func recommendations() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let page = try await peer.get(world.path + "/recommendations")
            #expect(page.status == .ok)
            try PageCheck.structure(page.text)
            #expect(page.text.contains(#"name="number" value="1""#))

            let added = try await peer.post(world.path + "/recommendations", form: [("number", "1"), ("module", "workforce"), ("text", "Publish <b>pay</b> gaps")])
            #expect(added.status == .seeOther)
            let shown = try await peer.get(try #require(added.headers.first(name: .location)))
            #expect(shown.text.contains("Recommendation added"))
            #expect(shown.text.contains("Publish &lt;b&gt;pay&lt;/b&gt; gaps"))
            #expect(shown.text.contains(#"name="number" value="2""#))

            let bad = try await peer.post(world.path + "/recommendations", form: [("number", "two"), ("text", "")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains(##"href="#field-number""##))
            let list = try await world.api.send(.GET, "/api/v1/challenges/\(world.challenge)/recommendations")
            let items = try list.decode(Page<Identified<Recommendation>>.self).items
            #expect(items.count == 1)

            let id = try #require(items.first).id.uuidString.lowercased()
            let edited = try await peer.post(world.path + "/recommendations/\(id)", form: [("number", "1"), ("module", ""), ("text", "Publish pay gaps yearly")])
            #expect(edited.status == .seeOther)
            let after = try await world.api.send(.GET, "/api/v1/challenges/\(world.challenge)/recommendations").decode(Page<Identified<Recommendation>>.self)
            #expect(after.items.first?.value.text == "Publish pay gaps yearly")
            #expect(after.items.first?.value.module == nil)
        }
    }

    @Test("the team saves the conclusion and award, keeping the rest; a councillor reads it and may not post")
    func conclusion() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let form = try await peer.get(world.path + "/conclusion")
            #expect(form.status == .ok)
            try PageCheck.structure(form.text)

            let bad = try await peer.post(world.path + "/conclusion", form: [("conclusion", "Good"), ("level", "achieving"), ("awarded", "")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains(##"href="#field-awarded""##))

            let saved = try await peer.post(
                world.path + "/conclusion", form: [("conclusion", "A council that <listens>"), ("level", "achieving"), ("awarded", "2025-03-12")])
            #expect(saved.status == .seeOther)
            let challenge = try await world.api.send(.GET, "/api/v1/challenges/\(world.challenge)").decode(Identified<Challenge>.self).value
            #expect(challenge.conclusion == "A council that <listens>")
            #expect(challenge.award?.level == "achieving")
            #expect(challenge.award?.expires.description == "2028-03-12")
            #expect(challenge.status == .onSite)
            #expect(challenge.modules.map(\.id) == ["communities", "workforce"])

            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: world.councils[0])
            // The team's conclusion is its own until the final report is issued.
            #expect(try await councillor.get(world.path + "/conclusion").status == .notFound)
            let overview = try await councillor.get(world.path)
            #expect(overview.status == .ok && !overview.text.contains("A council that &lt;listens&gt;"))
            try await world.issueFinalReport()
            let read = try await councillor.get(world.path + "/conclusion")
            #expect(read.status == .ok)
            #expect(read.text.contains("A council that &lt;listens&gt;"))
            #expect(read.text.contains("12 March 2025"))
            #expect(!read.text.contains("Save conclusion"))
            #expect(try await councillor.post(world.path + "/conclusion", form: [("conclusion", "x")]).status == .forbidden)
        }
    }
}
