import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Reading the draft and commenting where one reads")
struct DraftReadingPageTests {
    /// A challenge in council review: one finding and one recommendation, draft 1 issued.
    struct Draft {
        let world: PeerWorkWorld
        let finding: UUID
        let recommendation: UUID

        static func make(_ app: Application) async throws -> Draft {
            let world = try await PeerWorkWorld.make(app, status: .drafting)
            let finding = try await world.addFinding("Residents trust the mobile library")
            let created = try await world.api.send(
                .POST, "/api/v1/challenges/\(world.challenge)/recommendations", json: Recommendation(number: 1, text: "Publish the profile yearly"))
            #expect(created.status == .created)
            let recommendation = try created.decode(Identified<Recommendation>.self).id
            let issued = try await world.api.send(
                .POST, "/api/v1/challenges/\(world.challenge)/report/versions/draft", raw: #"{"issued_by":"Review manager"}"#)
            #expect(issued.status == .created || issued.status == .ok, "\(issued.text)")
            return Draft(world: world, finding: finding, recommendation: recommendation)
        }

        var reading: String { world.path + "/report/reading" }
    }

    @Test("the draft is shown in full, with a link to comment beside each section, finding and recommendation")
    func links() async throws {
        try await withTestApp { app in
            let draft = try await Draft.make(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: draft.world.councils[0])
            let page = try await officer.get(draft.reading)
            #expect(page.status == .ok)
            let root = try PageCheck.structure(page.text)
            #expect(root.all("h1").first?.allText == "Draft 1")
            #expect(page.text.contains("Residents trust the mobile library"))
            #expect(page.text.contains("Publish the profile yearly"))
            let hrefs = root.all("a").compactMap { $0.attributes["href"] }
            let comment = draft.world.path + "/comments/new?on="
            #expect(hrefs.contains(comment + "finding:" + draft.finding.uuidString.lowercased()))
            #expect(hrefs.contains(comment + "recommendation:" + draft.recommendation.uuidString.lowercased()))
            #expect(hrefs.contains { $0.hasPrefix(comment + "section:") })
            // Each link says what it is for to a screen reader, beyond "Comment on this".
            let named = root.all("a").filter { $0.attributes["href"]?.hasPrefix(comment) == true }.map(\.allText)
            #expect(named.contains("Comment on this finding"))
            #expect(named.contains { $0.hasPrefix("Comment on this section: ") })
        }
    }

    @Test("a comment on one finding is made from its own form, quoting it, and the reader is taken back to the place")
    func commentOnAFinding() async throws {
        try await withTestApp { app in
            let draft = try await Draft.make(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: draft.world.councils[0])
            let anchor = "finding:" + draft.finding.uuidString.lowercased()
            let form = try await officer.get(draft.world.path + "/comments/new?on=" + anchor)
            #expect(form.status == .ok)
            let root = try PageCheck.structure(form.text)
            #expect(root.all("blockquote").first?.allText == "Residents trust the mobile library")
            #expect(root.all("input").contains { $0.attributes["name"] == "anchor" && $0.attributes["value"] == anchor })

            let empty = try await officer.post(draft.world.path + "/comments/new", form: [("anchor", anchor), ("text", " ")])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains(##"href="#field-text""##))
            #expect(empty.text.contains("Residents trust the mobile library"), "the part stays quoted beside the error")

            let added = try await officer.post(draft.world.path + "/comments/new", form: [("anchor", anchor), ("text", "Only on Tuesdays")])
            #expect(added.status == .seeOther)
            #expect(added.headers.first(name: .location) == draft.reading + "?done=added#comment-on-" + anchor.replacingOccurrences(of: ":", with: "-"))
            let stored = try await draft.world.api.send(.GET, "/api/v1/challenges/\(draft.world.challenge)/report/comments")
            let comment = try #require(try stored.decode(Page<Identified<ReportComment>>.self).items.first)
            #expect(comment.value.anchor == ReportAnchor(kind: .finding, id: draft.finding.uuidString.lowercased()))
            #expect(comment.value.text == "Only on Tuesdays")
            #expect(comment.value.version == 1)
            #expect(try await officer.get(draft.reading + "?done=added").text.contains("Comment added"))
        }
    }

    @Test("no comment links for a reader who may not comment; no draft to read for the council before one is issued")
    func whoMayComment() async throws {
        try await withTestApp { app in
            let draft = try await Draft.make(app)
            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: draft.world.councils[0])
            let page = try await councillor.get(draft.reading)
            #expect(page.status == .ok)
            #expect(!page.text.contains("Comment on this"))
            let form = try await councillor.get(draft.world.path + "/comments/new?on=finding:" + draft.finding.uuidString.lowercased())
            #expect(form.status != .ok)
            #expect(try await councillor.post(draft.world.path + "/comments/new", form: [("anchor", "section:x"), ("text", "x")]).status == .forbidden)

            let earlier = try await PeerWorkWorld.make(app, status: .drafting)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: earlier.councils[0])
            #expect(try await officer.get(earlier.path + "/report/reading").status == .notFound)
        }
    }

    @Test("a part the draft does not have is not found")
    func unknownPart() async throws {
        try await withTestApp { app in
            let draft = try await Draft.make(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: draft.world.councils[0])
            #expect(try await officer.get(draft.world.path + "/comments/new?on=finding:" + UUID().uuidString.lowercased()).status == .notFound)
            #expect(try await officer.get(draft.world.path + "/comments/new").status == .notFound)
        }
    }
}
