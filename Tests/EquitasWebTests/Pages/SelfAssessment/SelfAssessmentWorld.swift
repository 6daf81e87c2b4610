import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

/// A small world for the self-assessment and evidence pages: a council with a
/// challenge in self-assessment (communities and workforce at Developing: 4 + 5
/// criteria), and a second council with nothing to do with it.
struct SelfAssessmentWorld {
    let app: Application
    let council: UUID
    let other: UUID
    let challenge: UUID

    static func make(_ app: Application, joint: Bool = false) async throws -> SelfAssessmentWorld {
        let api = APIClient(app: app)
        let council = try await api.organisation("Wyvern Vale District Council")
        let other = try await api.organisation("Ashby Borough Council")
        let input = Challenge(
            organisationIds: joint ? [council, other] : [council], frameworkId: "eflg-2021", kind: .selfAssessment,
            modules: [ModuleScope(id: "communities", level: "developing"), ModuleScope(id: "workforce", level: "developing")])
        let created = try await api.send(.POST, "/api/v1/challenges", json: input)
        #expect(created.status == .created, "\(created.text)")
        let challenge = try created.decode(Identified<Challenge>.self).id
        try await ChallengeStore(db: app.db, catalog: app.equitas.catalog).transition(challenge, to: .selfAssessment)
        return SelfAssessmentWorld(app: app, council: council, other: other, challenge: challenge)
    }

    var base: String { "/challenges/\(challenge.uuidString.lowercased())" }

    func browser(_ role: Role, council: UUID? = nil) async throws -> PageBrowser {
        try await PageBrowser.signedIn(app, as: role, organisationId: role.isCouncilRole ? (council ?? self.council) : nil)
    }

    func entries() async throws -> [Identified<SelfAssessmentEntry>] {
        try await ChallengeStore(db: app.db, catalog: app.equitas.catalog).record(challenge).selfAssessment
    }

    func evidence() async throws -> [Identified<EvidenceDocument>] {
        try await ChallengeStore(db: app.db, catalog: app.equitas.catalog).record(challenge).evidence
    }

    func addEvidence(_ title: String) async throws -> UUID {
        try await EvidenceStore(db: app.db, catalog: app.equitas.catalog).create(challengeId: challenge, EvidenceDocument(title: title, url: "https://example.org/evidence.pdf")).id
    }

    func addEntry(_ entry: SelfAssessmentEntry) async throws {
        _ = try await ChallengePartStore<SelfAssessmentEntry>(db: app.db, catalog: app.equitas.catalog).create(challengeId: challenge, entry)
    }

    func finish() async throws {
        try await ChallengeStore(db: app.db, catalog: app.equitas.catalog).transition(challenge, to: .final)
    }
}
