import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Findings pages")
struct FindingsPageTests {
    @Test("a peer on the team captures three findings in a row, module and kind kept each time")
    func captureInARow() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let first = try await peer.get(world.path + "/findings")
            #expect(first.status == .ok)
            let root = try PageCheck.structure(first.text)
            #expect(root.all("h1").first?.allText == "Findings")
            #expect(first.text.contains("Capture a finding"))
            #expect(!first.text.contains("autofocus"))

            var location = ""
            for number in 1...3 {
                let reply = try await peer.post(
                    world.path + "/findings",
                    form: [("module", "workforce"), ("kind", "area-for-consideration"), ("council", "joint"), ("text", "Finding number \(number)")])
                #expect(reply.status == .seeOther)
                location = try #require(reply.headers.first(name: .location))
                #expect(location.contains("module=workforce"))
                #expect(location.contains("kind=area-for-consideration"))
                #expect(location.hasSuffix("done=added"))
                let next = try await peer.get(location)
                #expect(next.text.contains(#"<option value="workforce" selected="">"#))
                #expect(next.text.contains(#"value="area-for-consideration" checked="""#))
                #expect(next.text.contains("Finding added"))
                #expect(next.text.contains("Finding number \(number)"))
            }
            let stored = try await world.findings()
            #expect(stored.map(\.value.text) == ["Finding number 1", "Finding number 2", "Finding number 3"])
            #expect(stored.allSatisfy { $0.value.module == "workforce" && $0.value.kind == .areaForConsideration })
        }
    }

    @Test("a finding without words, or a quote without who said it, comes back with the errors and nothing stored")
    func badInput() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let empty = try await peer.post(world.path + "/findings", form: [("module", "communities"), ("kind", "strength"), ("text", "  ")])
            #expect(empty.status == .unprocessableEntity)
            try PageCheck.structure(empty.text)
            #expect(empty.text.contains("There is a problem"))
            #expect(empty.text.contains("<title>Error: "))
            #expect(empty.text.contains(##"href="#field-text""##))

            let quote = try await peer.post(world.path + "/findings", form: [("module", "communities"), ("kind", "quote"), ("text", "We felt heard")])
            #expect(quote.status == .unprocessableEntity)
            #expect(quote.text.contains(##"href="#field-attribution""##))
            #expect(quote.text.contains("We felt heard"))
            #expect(try await world.findings().isEmpty)
        }
    }

    @Test("the findings stay with the team until the final report; then a councillor reads them without the form and is refused a post; another council's officer finds nothing")
    func councilRoles() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            try await world.addFinding("Strong community links")
            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: world.councils[0])
            let onSite = try await councillor.get(world.path + "/findings")
            #expect(onSite.status == .notFound)
            #expect(!onSite.text.contains("Strong community links"))
            #expect(try await councillor.post(world.path + "/findings", form: [("module", "communities"), ("kind", "strength"), ("text", "Mine")]).status == .notFound)
            try await world.issueFinalReport()
            let page = try await councillor.get(world.path + "/findings")
            #expect(page.status == .ok)
            try PageCheck.structure(page.text)
            #expect(page.text.contains("Strong community links"))
            #expect(!page.text.contains("Capture a finding"))
            #expect(!page.text.contains("Delete finding"))
            let post = try await councillor.post(world.path + "/findings", form: [("module", "communities"), ("kind", "strength"), ("text", "Mine")])
            #expect(post.status == .forbidden)

            let elsewhere = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: try await world.api.organisation("Elsewhere"))
            #expect(try await elsewhere.get(world.path + "/findings").status == .notFound)
            let refused = try await elsewhere.post(world.path + "/findings", form: [("module", "communities"), ("kind", "strength"), ("text", "x")])
            #expect(refused.status == .notFound)
            #expect(try await world.findings().count == 1)
        }
    }

    @Test("markup in a finding is shown as text on the findings page and in the report preview")
    func escaping() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let added = try await manager.post(
                world.path + "/findings", form: [("module", "communities"), ("kind", "strength"), ("text", "<script>alert(1)</script>")])
            #expect(added.status == .seeOther)
            let page = try await manager.get(world.path + "/findings")
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.text.contains("<script>"))
            let preview = try await manager.get(world.path + "/report/preview")
            #expect(preview.status == .ok)
            #expect(preview.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!preview.text.contains("<script>"))
        }
    }

    @Test("a finding is edited and deleted from the page")
    func editAndDelete() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, councils: 2)
            let id = try await world.addFinding("First wording")
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let findingPath = world.path + "/findings/" + id.uuidString.lowercased()
            let form = try await peer.get(findingPath + "/edit")
            #expect(form.status == .ok)
            try PageCheck.structure(form.text)
            #expect(form.text.contains("First wording"))
            #expect(form.text.contains("Which council is it about?"))

            let council = world.councils[1].uuidString.lowercased()
            let saved = try await peer.post(
                findingPath, form: [("module", "communities"), ("kind", "good-practice"), ("council", council), ("text", "Second wording")])
            #expect(saved.status == .seeOther)
            let stored = try #require(try await world.findings().first)
            #expect(stored.value.text == "Second wording")
            #expect(stored.value.kind == .goodPractice)
            #expect(stored.value.organisationId == world.councils[1])

            let deleted = try await peer.post(findingPath + "/delete", form: [("confirm", "yes")])
            #expect(deleted.status == .seeOther)
            #expect(deleted.headers.first(name: .location)?.hasSuffix("done=deleted") == true)
            #expect(try await world.findings().isEmpty)
        }
    }
}
