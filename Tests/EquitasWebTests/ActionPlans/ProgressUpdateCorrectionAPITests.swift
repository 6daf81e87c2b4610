import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("API: correcting and removing progress updates until the next committee report")
struct ProgressUpdateCorrectionAPITests {
    static func send(
        _ app: Application, _ token: String, _ method: HTTPMethod, _ path: String, json: String? = nil, ifMatch: String? = nil
    ) async throws -> APIClient.Reply {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        if json != nil { headers.contentType = .json }
        if let ifMatch { headers.replaceOrAdd(name: .ifMatch, value: ifMatch) }
        var reply: APIClient.Reply?
        try await app.testing().test(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            reply = APIClient.Reply(status: response.status, headers: response.headers, body: response.body)
        }
        return try #require(reply)
    }

    /// A plan with one action at "not started", as the test administrator made it.
    static func action(_ app: Application) async throws -> String {
        let api = APIClient(app: app)
        let council = try await api.organisation("Correction Council")
        let plan = try await api.send(.POST, "/api/v1/action-plans", json: ActionPlan(organisationId: council, title: "Objectives"))
        let planId = try plan.decode(Identified<ActionPlan>.self).id
        let item = try await api.send(.POST, "/api/v1/action-plans/\(planId)/items", json: PlanItem(number: 1, text: "Know our staff"))
        let itemId = try item.decode(Identified<PlanItem>.self).id
        let action = try await api.send(.POST, "/api/v1/action-plans/\(planId)/items/\(itemId)/actions", json: PlanAction(description: "Survey staff"))
        return "/api/v1/action-plans/\(planId)/actions/\(try action.decode(Identified<PlanAction>.self).id)"
    }

    /// Another administrator: may change the plan, but did not write the update.
    static func otherToken(_ app: Application) async throws -> String {
        let accounts = AccountStore(db: app.db)
        let other = try await accounts.create(
            Account(email: "other-admin@tests.equitas.test", name: "Other Administrator", role: .administrator), passwordHash: "x")
        return try await accounts.issueToken(accountId: other.id, name: "other").token
    }

    @Test("the author corrects with If-Match (412 on a stale tag), another person gets 403, and removing puts the status back")
    func correctAndRemove() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(CalendarDate(year: 2026, month: 7, day: 1)!)
            let token = try #require(app.testAdministratorToken)
            let action = try await Self.action(app)
            let added = try await Self.send(app, token, .POST, action + "/updates", json: #"{"date": "2026-06-01", "author": "Ana", "text": "Survey sent", "status": "on-track"}"#)
            #expect(added.status == .created, "\(added.text)")
            let path = action + "/updates/" + (try added.decode(Identified<ProgressUpdate>.self).id.uuidString)
            let seen = try #require(try await Self.send(app, token, .GET, path).headers.first(name: .eTag))

            let fixed = try await Self.send(app, token, .PUT, path, json: #"{"date": "2026-06-02", "text": "Survey sent to every service"}"#, ifMatch: seen)
            #expect(fixed.status == .ok, "\(fixed.text)")
            let corrected = try fixed.decode(Identified<ProgressUpdate>.self).value
            #expect(corrected.text == "Survey sent to every service" && corrected.author == "Ana" && corrected.status == .onTrack)
            let stale = try await Self.send(app, token, .PUT, path, json: #"{"date": "2026-06-03", "text": "Stale"}"#, ifMatch: seen)
            #expect(stale.status == .preconditionFailed)
            #expect(stale.text.contains("Survey sent to every service"))
            #expect(try await Self.send(app, token, .DELETE, path, ifMatch: seen).status == .preconditionFailed)

            let other = try await Self.otherToken(app)
            let refused = try await Self.send(app, other, .PUT, path, json: #"{"date": "2026-06-02", "text": "Not mine"}"#)
            #expect(refused.status == .forbidden)
            #expect(refused.error?.message.contains("only the person who wrote this update") == true)
            #expect(try await Self.send(app, other, .DELETE, path).status == .forbidden)
            let ahead = try await Self.send(app, token, .PUT, path, json: #"{"date": "2026-07-02", "text": "Ahead"}"#)
            #expect(ahead.status == .unprocessableEntity && ahead.error?.path == "date")

            let removed = try await Self.send(app, token, .DELETE, path, ifMatch: fixed.headers.first(name: .eTag))
            #expect(removed.status == .noContent, "\(removed.text)")
            #expect(try await Self.send(app, token, .GET, path).status == .notFound)
            let after = try await Self.send(app, token, .GET, action).decode(PlanActionRecord.self)
            #expect(after.action.value.status == .notStarted, "the status the update moved goes back")
            #expect(after.updates.isEmpty)

            let trail = try await Self.send(app, token, .GET, action.components(separatedBy: "/actions/")[0] + "/changes")
            #expect(trail.status == .ok, "\(trail.text)")
            let events = try trail.decode(EquitasCore.Page<AuditEvent>.self).items.filter { $0.record == "progress update" }
            #expect(events.map(\.action) == [.deleted, .updated, .created], "the correction and the removal are in the trail")
            #expect(events.first?.author.label.contains("Test Administrator") == true, "\(String(describing: events.first?.author))")
        }
    }

    @Test("a committee report freezes every update dated on or before it, with 409 and a reason")
    func committeeReportFreezes() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(CalendarDate(year: 2026, month: 7, day: 1)!)
            let token = try #require(app.testAdministratorToken)
            let action = try await Self.action(app)
            let plan = action.components(separatedBy: "/actions/")[0]
            var paths: [String] = []
            for day in ["2026-05-12", "2026-05-13"] {
                let added = try await Self.send(app, token, .POST, action + "/updates", json: #"{"date": "\#(day)", "author": "Ana", "text": "On \#(day)"}"#)
                paths.append(action + "/updates/" + (try added.decode(Identified<ProgressUpdate>.self).id.uuidString))
            }
            let ahead = try await Self.send(app, token, .POST, plan + "/committee-reports", json: #"{"committee": "Audit Committee", "date": "2026-07-02"}"#)
            #expect(ahead.status == .unprocessableEntity && ahead.error?.path == "date")
            let made = try await Self.send(app, token, .POST, plan + "/committee-reports", json: #"{"committee": "Audit Committee", "date": "2026-05-12"}"#)
            #expect(made.status == .created, "\(made.text)")
            #expect(try await Self.send(app, token, .GET, try #require(made.headers.first(name: .location))).status == .ok)
            let listed = try await Self.send(app, token, .GET, plan + "/committee-reports").decode([Identified<CommitteeReport>].self)
            #expect(listed.map(\.value.committee) == ["Audit Committee"])
            #expect(listed.first?.value.recordedBy == "API")

            let frozen = try await Self.send(app, token, .PUT, paths[0], json: #"{"date": "2026-05-12", "text": "Too late"}"#)
            #expect(frozen.status == .conflict)
            #expect(frozen.error?.message.contains("reported to Audit Committee on 12 May 2026") == true)
            #expect(try await Self.send(app, token, .DELETE, paths[0]).status == .conflict)
            let into = try await Self.send(app, token, .PUT, paths[1], json: #"{"date": "2026-05-11", "text": "Back-dated"}"#)
            #expect(into.status == .unprocessableEntity && into.error?.path == "date")
            #expect(try await Self.send(app, token, .PUT, paths[1], json: #"{"date": "2026-05-14", "text": "Still mine"}"#).status == .ok)

            // Only the latest report may be taken back; then what it froze opens again.
            let later = try await Self.send(app, token, .POST, plan + "/committee-reports", json: #"{"committee": "Cabinet", "date": "2026-06-30"}"#)
            let first = try #require(made.headers.first(name: .location))
            let second = try #require(later.headers.first(name: .location))
            let earlier = try await Self.send(app, token, .DELETE, first)
            #expect(earlier.status == .unprocessableEntity)
            #expect(earlier.error?.message == "only the latest committee report (Cabinet on 30 June 2026) can be removed, not the one to Audit Committee on 12 May 2026")
            #expect(try await Self.send(app, token, .DELETE, second).status == .noContent)
            #expect(try await Self.send(app, token, .GET, second).status == .notFound)
            #expect(try await Self.send(app, token, .DELETE, second).status == .notFound)
            #expect(try await Self.send(app, token, .DELETE, first).status == .noContent)
            #expect(try await Self.send(app, token, .PUT, paths[0], json: #"{"date": "2026-05-12", "text": "Open again"}"#).status == .ok)
        }
    }
}
