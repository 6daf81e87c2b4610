import EquitasCore
import EquitasLibrary
import Foundation
import Testing
import Vapor

/// The demo challenge imported in drafting (the shipped one is published), and the
/// requests the report tests repeat.
struct ReportTrailClient {
    let api: APIClient
    let id: UUID

    static func demoInDrafting(_ app: Application) async throws -> ReportTrailClient {
        var json = try #require(try JSONSerialization.jsonObject(with: DemoData.challengeDocument()) as? [String: Any])
        json["status"] = "drafting"
        let api = APIClient(app: app)
        let reply = try await api.send(.POST, "/api/v1/challenges/import", body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: json)))
        #expect(reply.status == .created, "\(reply.text)")
        return ReportTrailClient(api: api, id: try reply.decode(Identified<Empty>.self).id)
    }

    struct Empty: Codable, Sendable {}

    func path(_ rest: String) -> String { "/api/v1/challenges/\(id)/\(rest)" }

    func status() async throws -> ChallengeStatus {
        try await api.send(.GET, "/api/v1/challenges/\(id)").decode(Identified<Challenge>.self).value.status
    }

    func findings() async throws -> [Identified<Finding>] {
        try await api.send(.GET, path("findings?per=200")).decode(Page<Identified<Finding>>.self).items
    }

    func download(version: String, format: String) async throws -> APIClient.Reply {
        try await api.send(.GET, path("report?version=\(version)&format=\(format)"))
    }

    /// Adds a comment to draft 1 and returns its id.
    func comment(on anchor: ReportAnchor, _ text: String) async throws -> UUID {
        let reply = try await api.send(
            .POST, path("report/versions/1/comments"), json: NewReportComment(anchor: anchor, author: "Head of Policy", text: text))
        #expect(reply.status == .created, "\(reply.text)")
        return try reply.decode(Identified<ReportComment>.self).id
    }

    func resolve(_ comment: UUID, _ json: String) async throws -> APIClient.Reply {
        try await api.send(.POST, path("report/comments/\(comment)/resolution"), raw: json)
    }
}
