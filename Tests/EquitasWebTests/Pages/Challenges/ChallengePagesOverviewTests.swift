import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Challenge pages: the overview and moving the status on")
struct ChallengePagesOverviewTests {
    @Test("a review manager sees the status, scope, team, every area and the buttons to move on")
    func overviewForReviewManager() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)
            let reply = try await browser.get(world.path)
            #expect(reply.status == .ok)
            let html = reply.text
            try PageCheck.structure(html)
            #expect(html.contains("<h1>Challenge of High Peak Borough Council</h1>"))
            #expect(html.contains("Next: Self assessment."))
            #expect(html.contains("Move on to self assessment"))
            #expect(html.contains("action=\"\(world.path)/transition\""))
            #expect(html.contains("Equality Framework for Local Government (2021)"))
            #expect(html.contains("1 Understanding and working with your communities"))
            #expect(html.contains("Achieving"))
            #expect(html.contains("Priya Peer"))
            #expect(html.contains("Local Government Association"))
            #expect(html.contains("Officer peer"))
            #expect(html.contains("12 to 14 March 2025"))
            for area in ["self-assessment", "evidence", "programme", "findings", "recommendations", "report", "comments", "changes", "team", "edit"] {
                #expect(html.contains("href=\"\(world.path)/\(area)\""), "link to \(area)")
            }
        }
    }

    @Test("a councillor sees their council's challenge without the buttons, and may not move it on")
    func councillorReadsOnly() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: world.council)
            let reply = try await councillor.get(world.path)
            #expect(reply.status == .ok)
            try PageCheck.structure(reply.text)
            #expect(reply.text.contains("Challenge of High Peak Borough Council"))
            #expect(!reply.text.contains("/transition"))
            #expect(!reply.text.contains("Change the set-up"))
            let refused = try await councillor.post(world.path + "/transition", form: [("status", "self-assessment")])
            #expect(refused.status == .forbidden)
            #expect(try await world.stored(app).status == .planning)
        }
    }

    @Test("an officer of another council finds no such challenge")
    func otherCouncilGetsNotFound() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let outsider = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: world.otherCouncil)
            #expect(try await outsider.get(world.path).status == .notFound)
            #expect(try await outsider.get(world.path + "/team").status == .notFound)
            #expect(try await outsider.get(world.path + "/programme").status == .notFound)
            #expect(try await outsider.post(world.path + "/transition", form: [("status", "self-assessment")]).status == .notFound)
        }
    }

    @Test("moving on changes the status and says so; a move the lifecycle forbids is shown on the overview")
    func transitions() async throws {
        try await withTestApp { app in
            let world = try await ChallengePagesWorld.make(app)
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)
            let moved = try await browser.post(world.path + "/transition", form: [("status", "self-assessment"), ("confirm", "yes")])
            #expect(moved.status == .seeOther)
            #expect(ChallengePagesWorld.location(moved) == world.path + "?done=moved")
            #expect(try await world.stored(app).status == .selfAssessment)
            let after = try await browser.get(world.path + "?done=moved")
            #expect(after.text.contains("The status has been changed."))
            #expect(after.text.contains("Move back to planning"))

            let refused = try await browser.post(world.path + "/transition", form: [("status", "final")])
            #expect(refused.status == .conflict)
            try PageCheck.structure(refused.text)
            #expect(refused.text.contains("There is a problem"))
            #expect(refused.text.contains("Cannot move a challenge from self assessment to final"))
            #expect(refused.text.contains("<title>Error: "))
            #expect(try await world.stored(app).status == .selfAssessment)

            let nonsense = try await browser.post(world.path + "/transition", form: [("status", "finished")])
            #expect(nonsense.status == .unprocessableEntity)
        }
    }
}
