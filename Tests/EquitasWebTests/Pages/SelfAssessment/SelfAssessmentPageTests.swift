import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Self-assessment pages")
struct SelfAssessmentPageTests {
    @Test("an officer sees each criterion in scope and edits their council's narrative")
    func officerEdits() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let strategy = try await world.addEvidence("Equality strategy")
            let officer = try await world.browser(.councilOfficer)

            let page = try await officer.get(world.base + "/self-assessment")
            #expect(page.status == .ok)
            try PageCheck.structure(page.text)
            #expect(page.text.contains("1.1 Knowing who lives here"))
            #expect(page.text.contains("1.5 Health and wellbeing"))
            #expect(!page.text.contains("2.1 "), "criteria at other levels are not asked about")
            #expect(page.text.contains("Not written yet"))
            #expect(page.text.contains("Edit the self-assessment for 1.1 Knowing who lives here"))

            let editor = try await officer.get(world.base + "/self-assessment/communities.1.1/edit")
            #expect(editor.status == .ok)
            try PageCheck.structure(editor.text)
            #expect(editor.text.contains("Equality strategy"))

            let saved = try await officer.post(world.base + "/self-assessment/communities.1.1", form: [
                ("narrative", "We keep a profile. <script>alert(1)</script>"), ("judgement", "developing"),
                ("evidence[]", strategy.uuidString.lowercased()),
            ])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == world.base + "/self-assessment?done=saved")
            let entries = try await world.entries()
            #expect(entries.count == 1)
            #expect(entries.first?.value.narrative == "We keep a profile. <script>alert(1)</script>")
            #expect(entries.first?.value.evidenceIds == [strategy])
            #expect(entries.first?.value.judgement == "developing")

            let shown = try await officer.get(world.base + "/self-assessment?done=saved")
            #expect(shown.text.contains("We keep a profile. &lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!shown.text.contains("<script>"))
            #expect(shown.text.contains("has been saved"))

            // Saving again changes the same entry rather than adding one.
            _ = try await officer.post(world.base + "/self-assessment/communities.1.1", form: [("narrative", "Rewritten.")])
            let again = try await world.entries()
            #expect(again.count == 1 && again.first?.value.narrative == "Rewritten." && again.first?.value.evidenceIds == [])
        }
    }

    @Test("bad input is shown again with the error summary and nothing written")
    func badInput() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            let reply = try await officer.post(world.base + "/self-assessment/communities.1.2", form: [
                ("narrative", "Kept <b>draft</b>"), ("judgement", "legendary"),
            ])
            #expect(reply.status == .unprocessableEntity)
            try PageCheck.structure(reply.text)
            #expect(reply.text.contains("<title>Error: "))
            #expect(reply.text.contains("There is a problem"))
            #expect(reply.text.contains("Kept &lt;b&gt;draft&lt;/b&gt;"))
            #expect(try await world.entries().isEmpty)

            let unknown = try await officer.post(world.base + "/self-assessment/communities.2.1", form: [("narrative", "x")])
            #expect(unknown.status == .notFound, "a criterion outside the level sought is not offered")
        }
    }

    @Test("a councillor reads without forms and is refused a post; another council's officer finds nothing")
    func readersAndStrangers() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let councillor = try await world.browser(.councillor)
            let page = try await councillor.get(world.base + "/self-assessment")
            #expect(page.status == .ok)
            #expect(!page.text.contains("Edit the self-assessment"))
            #expect(try await councillor.get(world.base + "/self-assessment/communities.1.1/edit").status == .forbidden)
            let post = try await councillor.post(world.base + "/self-assessment/communities.1.1", form: [("narrative", "x")])
            #expect(post.status == .forbidden)

            let stranger = try await world.browser(.councilOfficer, council: world.other)
            #expect(try await stranger.get(world.base + "/self-assessment").status == .notFound)
            let strangerPost = try await stranger.post(world.base + "/self-assessment/communities.1.1", form: [("narrative", "x")])
            #expect(strangerPost.status == .notFound)
            #expect(try await world.entries().isEmpty)
        }
    }

    @Test("once the report is final the officer may no longer change the self-assessment")
    func finalIsFrozen() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            try await world.finish()
            let post = try await officer.post(world.base + "/self-assessment/communities.1.1", form: [("narrative", "Too late.")])
            #expect(post.status == .forbidden)
            let page = try await officer.get(world.base + "/self-assessment")
            #expect(page.status == .ok)
            #expect(!page.text.contains("Edit the self-assessment"))
            #expect(try await world.entries().isEmpty)
        }
    }

    @Test("in a joint challenge each council writes its own entry")
    func jointEntries() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app, joint: true)
            let officer = try await world.browser(.councilOfficer, council: world.other)
            let saved = try await officer.post(world.base + "/self-assessment/workforce.1.1", form: [("narrative", "Ours.")])
            #expect(saved.status == .seeOther)
            #expect(try await world.entries().map(\.value.organisationId) == [world.other])
            let theirs = try await officer.post(world.base + "/self-assessment/workforce.1.1", form: [
                ("narrative", "Theirs."), ("council", world.council.uuidString.lowercased()),
            ])
            #expect(theirs.status == .forbidden)

            let manager = try await world.browser(.reviewManager)
            let page = try await manager.get(world.base + "/self-assessment")
            try PageCheck.structure(page.text)
            #expect(page.text.contains("Ashby Borough Council"))
            #expect(page.text.contains("?council=\(world.council.uuidString.lowercased())"))
            let forFirst = try await manager.post(world.base + "/self-assessment/workforce.1.1", form: [
                ("narrative", "First council's."), ("council", world.council.uuidString.lowercased()),
            ])
            #expect(forFirst.status == .seeOther)
            #expect(Set(try await world.entries().map(\.value.organisationId)) == [world.council, world.other])
        }
    }

    @Test("the readiness page counts narratives and evidence per module")
    func readiness() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let survey = try await world.addEvidence("Residents' survey")
            try await world.addEntry(SelfAssessmentEntry(criterionId: "communities.1.1", narrative: "Done.", evidenceIds: [survey]))
            try await world.addEntry(SelfAssessmentEntry(criterionId: "communities.1.2", narrative: "Done too."))
            try await world.addEntry(SelfAssessmentEntry(criterionId: "communities.1.3", narrative: " ", evidenceIds: [survey]))
            try await world.addEntry(SelfAssessmentEntry(criterionId: "workforce.1.1", narrative: "Yes.", evidenceIds: [survey]))
            let officer = try await world.browser(.councilOfficer)
            let page = try await officer.get(world.base + "/self-assessment/readiness")
            #expect(page.status == .ok)
            try PageCheck.structure(page.text)
            #expect(page.text.contains("2 of 4 criteria have a narrative"))
            #expect(page.text.contains("2 of 4 criteria cite evidence"))
            #expect(page.text.contains("1 of 5 criteria have a narrative"))
            #expect(page.text.contains("1 of 5 criteria cite evidence"))
            #expect(page.text.contains(world.base + "/self-assessment/communities.1.3/edit"))
            #expect(page.text.contains("1.3 Hearing from communities"))
        }
    }
}
