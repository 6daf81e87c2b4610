import EquitasCore
import EquitasLibrary
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Export and import of whole challenges")
struct InterchangeAPITests {
    @Test("the demo challenge exports, imports and exports again to the same bytes")
    func demoRoundTrip() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let imported = try await api.send(.POST, "/api/v1/challenges/import", body: ByteBuffer(data: try DemoData.challengeDocument()))
            #expect(imported.status == .created, "\(imported.text)")
            let first = try imported.decode(IDBody.self).id

            let firstExport = try await api.send(.GET, "/api/v1/challenges/\(first)/export")
            #expect(firstExport.status == .ok)
            let again = try await api.send(.POST, "/api/v1/challenges/import", body: firstExport.body)
            let second = try again.decode(IDBody.self).id
            #expect(second != first)
            let secondExport = try await api.send(.GET, "/api/v1/challenges/\(second)/export")
            #expect(firstExport.text == secondExport.text)

            let document = try firstExport.decode(ChallengeDocument.self)
            #expect(document.organisations.count == 2)
            #expect(document.findings.count > 50)
        }
    }

    @Test("a bad document is refused with its path and nothing is written")
    func refusal() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            var json = try #require(try JSONSerialization.jsonObject(with: DemoData.challengeDocument()) as? [String: Any])
            var findings = try #require(json["findings"] as? [[String: Any]])
            findings[12]["kind"] = "strenght"
            json["findings"] = findings
            let body = try JSONSerialization.data(withJSONObject: json)

            let reply = try await api.send(.POST, "/api/v1/challenges/import", body: ByteBuffer(data: body))
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.error?.path == "findings[12].kind")
            #expect(reply.error?.message.contains("\"strenght\"") == true)

            let challenges = try await api.send(.GET, "/api/v1/challenges").decode(Page<Identified<Challenge>>.self)
            #expect(challenges.metadata.total == 0)
            let organisations = try await api.send(.GET, "/api/v1/organisations").decode(Page<Identified<Organisation>>.self)
            #expect(organisations.metadata.total == 0)
        }
    }

    struct IDBody: Decodable { var id: UUID }
}
