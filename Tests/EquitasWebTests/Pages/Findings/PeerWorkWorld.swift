import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// A small challenge for the team's pages: one or two councils, a peer on the team,
/// moved on to the status a test needs through the API.
struct PeerWorkWorld {
    let api: APIClient
    let challenge: UUID
    let councils: [UUID]
    let peer: UUID

    var path: String { "/challenges/\(challenge.uuidString.lowercased())" }

    static func make(_ app: Application, councils count: Int = 1, status: ChallengeStatus = .onSite) async throws -> PeerWorkWorld {
        let api = APIClient(app: app)
        var councils: [UUID] = []
        for index in 0..<count { councils.append(try await api.organisation("Council \(index + 1) of \(UUID().uuidString.prefix(6))")) }
        let challenge = try await api.challenge(for: councils)
        let person = try await api.send(.POST, "/api/v1/people", json: Person(name: "Pat Peer"))
        #expect(person.status == .created, "\(person.text)")
        let peer = try person.decode(Identified<Person>.self).id
        let member = try await api.send(.POST, "/api/v1/challenges/\(challenge)/team", json: TeamMember(personId: peer, role: .officerPeer))
        #expect(member.status == .created, "\(member.text)")
        let world = PeerWorkWorld(api: api, challenge: challenge, councils: councils, peer: peer)
        try await world.move(to: status)
        return world
    }

    /// Along the lifecycle, one step at a time, up to `status`.
    func move(to status: ChallengeStatus) async throws {
        let steps: [ChallengeStatus] = [.selfAssessment, .onSite, .drafting]
        for step in steps where step <= status {
            let reply = try await api.send(.POST, "/api/v1/challenges/\(challenge)/transition", raw: #"{"status":"\#(step.rawValue)"}"#)
            #expect(reply.status == .ok, "\(reply.text)")
        }
    }

    /// From on site, through a draft to the final report, by the API as the review
    /// manager would: the team's work is then frozen and the council's to read.
    func issueFinalReport() async throws {
        let base = "/api/v1/challenges/\(challenge)"
        for (path, body) in [
            ("/transition", #"{"status":"drafting"}"#), ("/report/versions/draft", #"{"issued_by":"Review manager"}"#),
            ("/report/versions/final", #"{"issued_by":"Review manager"}"#),
        ] {
            let reply = try await api.send(.POST, base + path, raw: body)
            #expect(reply.status == .ok || reply.status == .created, "\(path): \(reply.text)")
        }
    }

    func findings() async throws -> [Identified<Finding>] {
        try await api.send(.GET, "/api/v1/challenges/\(challenge)/findings?per=200").decode(Page<Identified<Finding>>.self).items
    }

    @discardableResult
    func addFinding(_ text: String, module: String = "communities", kind: FindingKind = .strength) async throws -> UUID {
        let reply = try await api.send(.POST, "/api/v1/challenges/\(challenge)/findings", json: Finding(module: module, kind: kind, text: text))
        #expect(reply.status == .created, "\(reply.text)")
        return try reply.decode(Identified<Finding>.self).id
    }
}
