import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

/// A small world for the challenge page tests: two councils, a peer from a third body,
/// and a planning challenge of the first council with the peer on its team.
struct ChallengePagesWorld {
    var council: UUID
    var otherCouncil: UUID
    var peerBody: UUID
    var peer: UUID
    var challenge: UUID
    var teamMember: UUID

    static func make(_ app: Application) async throws -> ChallengePagesWorld {
        let organisations = OrganisationStore(db: app.db)
        let council = try await organisations.create(Organisation(name: "High Peak Borough Council", type: .boroughCouncil)).id
        let other = try await organisations.create(Organisation(name: "Derbyshire Dales District Council", type: .districtCouncil)).id
        let body = try await organisations.create(Organisation(name: "Local Government Association", type: .nationalBody)).id
        let peer = try await PersonStore(db: app.db).create(Person(name: "Priya Peer", organisationId: body, jobTitle: "Officer")).id
        let challenge = try await ChallengeStore(db: app.db, catalog: shippedCatalog).create(
            Challenge(
                organisationIds: [council], frameworkId: "eflg-2021",
                modules: [ModuleScope(id: "communities", level: "achieving"), ModuleScope(id: "workforce", level: "developing")],
                focus: "Engagement with young people", start: CalendarDate("2025-03-12"), end: CalendarDate("2025-03-14"))).id
        let member = try await ChallengePartStore<TeamMember>(db: app.db, catalog: shippedCatalog)
            .create(challengeId: challenge, TeamMember(personId: peer, role: .officerPeer)).id
        return ChallengePagesWorld(
            council: council, otherCouncil: other, peerBody: body, peer: peer, challenge: challenge, teamMember: member)
    }

    var path: String { "/challenges/\(challenge.uuidString.lowercased())" }

    func move(_ app: Application, to statuses: ChallengeStatus...) async throws {
        for status in statuses {
            _ = try await ChallengeStore(db: app.db, catalog: shippedCatalog).transition(challenge, to: status)
        }
    }

    func stored(_ app: Application) async throws -> Challenge {
        try await ChallengeStore(db: app.db, catalog: shippedCatalog).get(challenge).value
    }

    static func location(_ reply: APIClient.Reply) -> String? { reply.headers.first(name: .location) }
}
