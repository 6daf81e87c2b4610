import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// Capturing findings one after another: the form comes back with the module, kind and
/// council kept and the cursor in the text box; a script of ours adds Ctrl+Enter.
@Suite("Quick capture of findings")
struct QuickCaptureTests {
    @Test("after a finding is added the text box has focus, with module, kind and council kept; on arrival nothing does")
    func focusAfterSave() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, councils: 2)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let arrived = try PageCheck.structure(try await peer.get(world.path + "/findings").text)
            #expect(!arrived.everything.contains { $0.attributes["autofocus"] != nil })

            let council = world.councils[1].uuidString.lowercased()
            let added = try await peer.post(
                world.path + "/findings", form: [("module", "workforce"), ("kind", "good-practice"), ("council", council), ("text", "One")])
            #expect(added.status == .seeOther)
            let next = try await peer.get(try #require(added.headers.first(name: .location)))
            let root = try PageCheck.structure(next.text)
            #expect(next.text.contains("Finding added"))
            let focused = root.everything.filter { $0.attributes["autofocus"] != nil }
            #expect(focused.map(\.name) == ["textarea"])
            #expect(focused.first?.attributes["name"] == "text")
            let form = try PageForm.find(in: next.text, button: "Add finding")
            #expect(form.value("module") == "workforce")
            #expect(form.value("kind") == "good-practice")
            #expect(form.value("council") == council)
            #expect(form.value("text") == "")
        }
    }

    @Test("the capture form is marked for the shortcut and loads our script, which is served from our own origin; the CSP allows no other")
    func script() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let page = try await peer.get(world.path + "/findings")
            let root = try PageCheck.structure(page.text)
            #expect(root.all("form").contains { $0.attributes[CaptureScript.marker] != nil })
            #expect(root.all("script").map { $0.attributes["src"] } == [CaptureScript.path])
            let csp = try #require(page.headers.first(name: "Content-Security-Policy"))
            #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))

            let served = try await peer.get(CaptureScript.path)
            #expect(served.status == .ok)
            #expect(served.headers.first(name: .contentType) == "text/javascript; charset=utf-8")
            #expect(served.text.contains("requestSubmit") && served.text.contains("data-quick-submit"))

            // Once the report is final no one writes there: no form, and no script either.
            try await world.issueFinalReport()
            let read = try PageCheck.structure(try await peer.get(world.path + "/findings").text)
            #expect(read.all("form").allSatisfy { $0.attributes[CaptureScript.marker] == nil })
            #expect(read.all("script").isEmpty)
        }
    }
}
