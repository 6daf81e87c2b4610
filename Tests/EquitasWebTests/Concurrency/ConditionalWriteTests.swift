import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Editing safely: ETag and If-Match")
struct ConditionalWriteTests {
    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, json: String? = nil, ifMatch: String? = nil) async throws -> APIClient.Reply {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: try #require(app.testAdministratorToken))
        if json != nil { headers.contentType = .json }
        if let ifMatch { headers.replaceOrAdd(name: .ifMatch, value: ifMatch) }
        var reply: APIClient.Reply?
        try await app.testing().test(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            reply = APIClient.Reply(status: response.status, headers: response.headers, body: response.body)
        }
        return try #require(reply)
    }

    /// Two people read `path`; Ana saves `first`, then Ben saves `second` over the version
    /// he read: Ben gets 412 with Ana's words, then saves once he has read them.
    static func twoEditors(_ app: Application, _ path: String, first: String, second: String, words: String) async throws {
        let read = try await send(app, .GET, path)
        #expect(read.status == .ok, "\(read.text)")
        let seen = try #require(read.headers.first(name: .eTag))
        #expect(seen.hasPrefix("\"") && !seen.hasPrefix("W/"), "a strong tag")

        let ana = try await send(app, .PUT, path, json: first, ifMatch: seen)
        #expect(ana.status == .ok, "\(ana.text)")
        let anas = try #require(ana.headers.first(name: .eTag))
        #expect(anas != seen)
        #expect(try await send(app, .GET, path).headers.first(name: .eTag) == anas, "the write's answer carries the tag a read then gives")

        let ben = try await send(app, .PUT, path, json: second, ifMatch: seen)
        #expect(ben.status == .preconditionFailed)
        #expect(ben.headers.first(name: .eTag) == anas)
        #expect(ben.text.contains(words), "the 412 carries the current version")
        #expect(try await send(app, .GET, path).text.contains(words), "nothing of Ben's stale save was applied")
        #expect(try await send(app, .DELETE, path, ifMatch: seen).status == .preconditionFailed)

        let merged = try await send(app, .PUT, path, json: second, ifMatch: anas)
        #expect(merged.status == .ok, "\(merged.text)")
        #expect(try await send(app, .PUT, path, json: second).status == .ok, "without If-Match the last writer wins, as before")
    }

    @Test("a finding")
    func finding() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let challenge = try await api.challenge(for: [try await api.organisation("Etag Council")])
            let created = try await api.send(.POST, "/api/v1/challenges/\(challenge)/findings", json: Finding(module: "communities", kind: .strength, text: "First words."))
            #expect(created.status == .created)
            #expect(created.headers.first(name: .eTag) != nil, "a create's answer is tagged too")
            let id = try created.decode(Identified<Finding>.self).id
            try await Self.twoEditors(
                app, "/api/v1/challenges/\(challenge)/findings/\(id)",
                first: #"{"module": "communities", "kind": "strength", "text": "Ana's careful rewording."}"#,
                second: #"{"module": "communities", "kind": "strength", "text": "Ben's rewording."}"#, words: "Ana's careful rewording.")
        }
    }

    @Test("a self-assessment entry")
    func selfAssessmentEntry() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let challenge = try await api.challenge(for: [try await api.organisation("Etag Council")])
            let created = try await api.send(
                .POST, "/api/v1/challenges/\(challenge)/self-assessment", json: SelfAssessmentEntry(criterionId: "communities.1.1", narrative: "Draft."))
            #expect(created.status == .created, "\(created.text)")
            let id = try created.decode(Identified<SelfAssessmentEntry>.self).id
            try await Self.twoEditors(
                app, "/api/v1/challenges/\(challenge)/self-assessment/\(id)",
                first: #"{"criterion_id": "communities.1.1", "narrative": "Ana's narrative."}"#,
                second: #"{"criterion_id": "communities.1.1", "narrative": "Ben's narrative."}"#, words: "Ana's narrative.")
        }
    }

    @Test("an action in a plan")
    func action() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Etag Council")
            let plan = try await api.send(.POST, "/api/v1/action-plans", json: ActionPlan(organisationId: council, title: "Objectives"))
            #expect(plan.status == .created, "\(plan.text)")
            let planId = try plan.decode(Identified<ActionPlan>.self).id
            let item = try await api.send(.POST, "/api/v1/action-plans/\(planId)/items", json: PlanItem(number: 1, text: "Know our staff"))
            let itemId = try item.decode(Identified<PlanItem>.self).id
            let action = try await api.send(.POST, "/api/v1/action-plans/\(planId)/items/\(itemId)/actions", json: PlanAction(description: "Survey staff", status: .notStarted))
            #expect(action.status == .created, "\(action.text)")
            let actionId = try action.decode(Identified<PlanAction>.self).id
            try await Self.twoEditors(
                app, "/api/v1/action-plans/\(planId)/actions/\(actionId)",
                first: #"{"description": "Ana's survey of every service", "status": "on-track"}"#,
                second: #"{"description": "Ben's survey", "status": "not-started"}"#, words: "Ana's survey of every service")
        }
    }
}
