import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Two people saving the same page form")
struct EditConflictPageTests {
    /// The version an edit form was read at.
    static func version(in page: String) throws -> String {
        let start = try #require(page.range(of: #"name="version" value=""#))
        let rest = page[start.upperBound...]
        let end = try #require(rest.firstIndex(of: "\""))
        return String(rest[..<end]).replacingOccurrences(of: "&quot;", with: "\"")
    }

    @Test("a finding: the second save over a newer version comes back with both texts, who and when, and is saved when chosen")
    func finding() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app)
            let id = try await world.addFinding("First wording")
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let path = world.path + "/findings/" + id.uuidString.lowercased()
            let anasForm = try Self.version(in: try await peer.get(path + "/edit").text)
            let bensForm = try Self.version(in: try await peer.get(path + "/edit").text)
            #expect(anasForm == bensForm)

            let fields = { (text: String, version: String) in
                [("module", "communities"), ("kind", "strength"), ("council", "joint"), ("text", text), ("version", version)]
            }
            #expect(try await peer.post(path, form: fields("Ana wording", anasForm)).status == .seeOther)
            let clash = try await peer.post(path, form: fields("Ben wording", bensForm))
            #expect(clash.status == .conflict)
            try PageCheck.structure(clash.text)
            #expect(clash.text.contains("Their version") && clash.text.contains("Ana wording"))
            #expect(clash.text.contains("Ben wording"), "Ben's words are kept in the form")
            #expect(clash.text.contains("This was changed by") && clash.text.contains(" at "), "who and when")
            #expect(try await world.findings().first?.value.text == "Ana wording", "nothing of Ben's was applied")

            // Having seen both, Ben saves his: the re-shown form carries the newer version.
            let chosen = try await peer.post(path, form: fields("Ben wording with Ana point", try Self.version(in: clash.text)))
            #expect(chosen.status == .seeOther)
            #expect(try await world.findings().first?.value.text == "Ben wording with Ana point")
        }
    }

    @Test("a self-assessment entry: the same, and two first drafts of one entry do not overwrite each other")
    func selfAssessment() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            let editor = world.base + "/self-assessment/communities.1.1"
            let first = try Self.version(in: try await officer.get(editor + "/edit").text)
            let second = try Self.version(in: try await officer.get(editor + "/edit").text)
            #expect(first.isEmpty, "nothing written yet")

            #expect(try await officer.post(editor, form: [("narrative", "Ana narrative"), ("version", first)]).status == .seeOther)
            let clash = try await officer.post(editor, form: [("narrative", "Ben narrative"), ("version", second)])
            #expect(clash.status == .conflict)
            #expect(clash.text.contains("Their version"))
            #expect(try await world.entries().first?.value.narrative == "Ana narrative")

            let chosen = try await officer.post(editor, form: [("narrative", "Ben narrative"), ("version", try Self.version(in: clash.text))])
            #expect(chosen.status == .seeOther)
            #expect(try await world.entries().first?.value.narrative == "Ben narrative")
            #expect(try await world.entries().count == 1)
        }
    }

    @Test("an action in a plan: the same")
    func action() async throws {
        try await withTestApp { app in
            let world = try await PlanPageWorld.make(app)
            let (_, open) = try await world.openAction()
            let officer = try await world.officer()
            let path = world.actionPath(open.action.id)
            let seen = try Self.version(in: try await officer.get(path + "/edit").text)
            let fields = { (description: String, version: String) in
                [("description", description), ("timescale_kind", "date"), ("due", "2026-09-30"), ("status", open.action.value.status.rawValue),
                 ("version", version)]
            }
            #expect(try await officer.post(path, form: fields("Ana plan for the survey", seen)).status == .seeOther)
            let clash = try await officer.post(path, form: fields("Ben plan for the survey", seen))
            #expect(clash.status == .conflict)
            #expect(clash.text.contains("Their version") && clash.text.contains("Ana plan for the survey") && clash.text.contains("Ben plan for the survey"))
            #expect(try await world.record().actions.first { $0.action.action.id == open.action.id }?.action.action.value.description == "Ana plan for the survey")
            let chosen = try await officer.post(path, form: fields("Ben plan for the survey", try Self.version(in: clash.text)))
            #expect(chosen.status == .seeOther)
        }
    }
}
