import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import EquitasWeb

/// The "done when", walked as the council's officer and councillor would, through
/// the API and the pages: at on-site and in drafting before any draft, nothing of the
/// team's notes or unissued work reaches them; after the feedback the deck does, as it was
/// then; after a draft, exactly that draft; the notes never.
@Suite("What stays with the team, end to end")
struct ConfidentialityJourneyTests {
    static let note = "NOTE-leader-defensive-about-pay-gap"
    static let finding = "FINDING-bullying-by-named-manager"
    static let deleted = "DELETED-finding-withdrawn"
    static let recommendation = "RECOMMENDATION-review-grievances"
    static let conclusion = "CONCLUSION-not-yet-agreed"
    static let afterFeedback = "AFTERFEEDBACK-second-thoughts"
    static let afterDraft = "AFTERDRAFT-redrafted-wording"
    static let secretsBeforeFeedback = [note, finding, deleted, recommendation, conclusion]

    struct World {
        var access: AccessWorld
        var challenge: String
        var council: [AccessWorld.Signed]
    }

    static func make(_ app: Application) async throws -> World {
        let world = try await AccessWorld.make(app)
        let id = world.ourChallenge
        try await world.setStatus(.onSite, app)
        let catalog = shippedCatalog
        _ = try await ChallengePartStore<ProgrammeSession>(db: app.db, catalog: catalog).create(
            challengeId: id,
            ProgrammeSession(
                start: LocalDateTime("2026-03-10T09:30")!, end: LocalDateTime("2026-03-10T10:30")!, kind: .interview,
                title: "Leader of the council", met: ["Leader"], notes: note))
        let findings = ChallengePartStore<Finding>(db: app.db, catalog: catalog)
        _ = try await findings.create(challengeId: id, Finding(module: "communities", kind: .areaForConsideration, text: finding))
        let withdrawn = try await findings.create(challengeId: id, Finding(module: "communities", kind: .strength, text: deleted))
        try await findings.delete(challengeId: id, id: withdrawn.id)
        _ = try await ChallengePartStore<Recommendation>(db: app.db, catalog: catalog)
            .create(challengeId: id, Recommendation(number: 1, module: "communities", text: recommendation))
        let challenges = ChallengeStore(db: app.db, catalog: catalog)
        var challenge = try await challenges.get(id).value
        challenge.conclusion = conclusion
        _ = try await challenges.update(id, challenge)
        let council = ["council officer", "councillor"].compactMap { name in world.actors.first { $0.name == name }?.signed }
        return World(access: world, challenge: id.uuidString.lowercased(), council: council)
    }

    /// Every answer the council's people can ask for that might carry the team's work.
    static func paths(_ world: World) -> [(path: String, page: Bool)] {
        let api = "/api/v1/challenges/\(world.challenge)"
        let page = "/challenges/\(world.challenge)"
        let apiPaths = [
            api, api + "/findings", api + "/recommendations", api + "/programme", api + "/export", api + "/changes",
            api + "/changes?format=csv", api + "/report", api + "/report?format=md", api + "/report?version=working&format=md",
            api + "/report/preview", api + "/report/versions", api + "/report/diff?from=1", "/api/v1/challenges",
            "/api/v1/library/search?q=bullying", "/api/v1/library/search?q=withdrawn", "/api/v1/library/search?q=grievances",
        ]
        let pagePaths = [
            page, page + "/findings", page + "/recommendations", page + "/conclusion", page + "/programme", page + "/report",
            page + "/report/preview", page + "/report/download?version=working&format=md", page + "/changes", page + "/changes?format=csv",
            page + "/comments", "/library?q=bullying",
        ]
        return apiPaths.map { ($0, false) } + pagePaths.map { ($0, true) }
    }

    static func get(_ app: Application, _ path: String, page: Bool, as signed: AccessWorld.Signed) async throws -> (HTTPResponseStatus, String) {
        var headers = HTTPHeaders()
        if page, let cookie = signed.cookie { headers.replaceOrAdd(name: .cookie, value: cookie) }
        if !page, let token = signed.token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        var answer: (HTTPResponseStatus, String) = (.internalServerError, "")
        try await app.testing().test(.GET, path, headers: headers) { answer = ($0.status, String(buffer: $0.body)) }
        return answer
    }

    /// Every path, as each of the council's people: which secret turned up where.
    static func leaks(_ app: Application, _ world: World, secrets: [String]) async throws -> [String] {
        var found: [String] = []
        for signed in world.council {
            for (path, page) in paths(world) {
                let (status, body) = try await get(app, path, page: page, as: signed)
                #expect(status != .internalServerError, "\(path): 500")
                for secret in secrets where body.contains(secret) { found.append("\(signed.actor.role.rawValue) \(path): \(secret)") }
            }
        }
        return found
    }

    @Test("on site and in drafting, no answer to the council holds a note, an unissued finding or recommendation, the conclusion or a deleted finding")
    func nothingBeforeItIsHandedOver() async throws {
        try await withTestApp { app in
            let world = try await Self.make(app)
            #expect(try await Self.leaks(app, world, secrets: Self.secretsBeforeFeedback).isEmpty)
            // The council does see the schedule it organised, without the notes.
            for signed in world.council {
                let (status, schedule) = try await Self.get(app, "/challenges/\(world.challenge)/programme", page: true, as: signed)
                #expect(status == .ok && schedule.contains("Leader of the council"))
                let (apiStatus, sessions) = try await Self.get(app, "/api/v1/challenges/\(world.challenge)/programme", page: false, as: signed)
                #expect(apiStatus == .ok && sessions.contains("Leader of the council"))
            }
            // In drafting, with the feedback recorded but no draft yet.
            try await world.access.setStatus(.drafting, app)
            #expect(try await Self.leaks(app, world, secrets: Self.secretsBeforeFeedback).isEmpty)
            // The team still sees its own notes and findings.
            let peer = try #require(world.access.actors.first { $0.name == "peer" }?.signed)
            let (_, programme) = try await Self.get(app, "/api/v1/challenges/\(world.challenge)/programme", page: false, as: peer)
            #expect(programme.contains(Self.note))
            let (_, findings) = try await Self.get(app, "/challenges/\(world.challenge)/findings", page: true, as: peer)
            #expect(findings.contains(Self.finding))
        }
    }

    @Test("after the feedback the deck is the council's as it was presented; after a draft, exactly that draft; the notes never")
    func handedOverInTurn() async throws {
        try await withTestApp { app in
            let world = try await Self.make(app)
            let id = try #require(UUID(uuidString: world.challenge))
            let officer = world.council[0]
            let deck = "/api/v1/challenges/\(world.challenge)/feedback/deck"
            #expect(try await Self.get(app, deck, page: false, as: officer).0 == .notFound)
            try await world.access.setStatus(.drafting, app)  // records the feedback
            let (status, _) = try await Self.get(app, deck, page: false, as: officer)
            #expect(status == .ok)
            let presented = try await FeedbackStore(db: app.db, catalog: shippedCatalog).source(challengeId: id)
            #expect(presented.record.findings.map(\.value.text) == [Self.finding])
            #expect(presented.record.programme.allSatisfy { $0.value.notes == nil })
            #expect(presented.edition == .feedback(given: CalendarDate(Date())))
            // The team goes on writing; the council's deck does not change, and the new
            // finding reaches the council nowhere.
            let findings = ChallengePartStore<Finding>(db: app.db, catalog: shippedCatalog)
            _ = try await findings.create(challengeId: id, Finding(module: "communities", kind: .strength, text: Self.afterFeedback))
            #expect(try await FeedbackStore(db: app.db, catalog: shippedCatalog).source(challengeId: id).record == presented.record)
            #expect(try await Self.leaks(app, world, secrets: [Self.note, Self.afterFeedback, Self.deleted]).isEmpty)

            // The first draft is issued: the council reads it, and only it.
            try await world.access.setStatus(.councilReview, app)
            _ = try await findings.create(challengeId: id, Finding(module: "communities", kind: .strength, text: Self.afterDraft))
            let (draftStatus, draft) = try await Self.get(
                app, "/api/v1/challenges/\(world.challenge)/report?version=1&format=md", page: false, as: officer)
            #expect(draftStatus == .ok)
            #expect(draft.contains(Self.finding) && draft.contains(Self.afterFeedback) && draft.contains(Self.recommendation))
            let (latest, latestBody) = try await Self.get(app, "/api/v1/challenges/\(world.challenge)/report?format=md", page: false, as: officer)
            #expect(latest == .ok && latestBody == draft)
            #expect(try await Self.get(app, "/api/v1/challenges/\(world.challenge)/report?version=working&format=md", page: false, as: officer).0 == .forbidden)
            #expect(try await Self.leaks(app, world, secrets: [Self.note, Self.afterDraft, Self.deleted]).isEmpty)

            // From the final report the council reads the team's (frozen) work; notes and
            // deleted findings still never.
            try await world.access.setStatus(.final, app)
            let (_, final) = try await Self.get(app, "/api/v1/challenges/\(world.challenge)/findings", page: false, as: officer)
            #expect(final.contains(Self.afterDraft))
            #expect(try await Self.leaks(app, world, secrets: [Self.note, Self.deleted]).isEmpty)
        }
    }

    @Test("a quote attributed to a person in the directory is refused with 422 naming the field")
    func quoteNamingAPerson() async throws {
        try await withTestApp { app in
            let world = try await AccessWorld.make(app)
            let quote = Finding(module: "communities", kind: .quote, text: "They listen", attribution: "Pat Peer, team member")
            let reply = try await APIClient(app: app).send(.POST, "/api/v1/challenges/\(world.ourChallenge.uuidString.lowercased())/findings", json: quote)
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.error?.path == "attribution")
            #expect(reply.error?.message.contains("role or a group") == true)
        }
    }
}
