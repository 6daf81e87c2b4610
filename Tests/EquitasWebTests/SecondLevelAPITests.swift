import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

/// A 2008–09 challenge that concluded on the Equality Standard's level and the
/// Framework's, kept through the API, the interchange file and the report.
@Suite("A challenge's second level over the API")
struct SecondLevelAPITests {
    struct NewID: Decodable { var id: UUID }

    func challenge(_ council: UUID, second: SecondLevel?) -> Challenge {
        Challenge(
            organisationIds: [council], frameworkId: "eflg-2011", modules: [ModuleScope(id: "leadership", level: "achieving")],
            conclusion: "The council is achieving under the Framework.", secondLevel: second)
    }

    @Test("stored with its version pinned, printed in the report, exported and imported again")
    func keptEverywhere() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Oldtown Borough Council", type: .boroughCouncil)
            let created = try await api.send(
                .POST, "/api/v1/challenges",
                json: challenge(council, second: SecondLevel(frameworkId: "equality-standard", level: "level-3", judgement: .confirmed)))
            #expect(created.status == .created, "\(created.text)")
            let id = try created.decode(Identified<Challenge>.self).id

            let stored = try await api.send(.GET, "/api/v1/challenges/\(id)").decode(Identified<Challenge>.self)
            let report = try await api.send(.GET, "/api/v1/challenges/\(id)/report?format=md").text
            let exported = try await api.send(.GET, "/api/v1/challenges/\(id)/export")
            let imported = try await api.send(.POST, "/api/v1/challenges/import", body: exported.body)
            let again = try await api.send(.GET, "/api/v1/challenges/\(imported.decode(NewID.self).id)").decode(Identified<Challenge>.self)

            #expect(stored.value.secondLevel == SecondLevel(frameworkId: "equality-standard", frameworkVersion: "2006", level: "level-3", judgement: .confirmed))
            #expect(report.contains("The council completed a satisfactory self-assessment at level 3 of the Equality Standard for Local Government."))
            #expect(try exported.decode(ChallengeDocument.self).secondLevel?.level == "level-3")
            #expect(imported.status == .created)
            #expect(again.value.secondLevel == stored.value.secondLevel)
        }
    }

    @Test("refused with 422 naming the field, and nothing written: an unknown level or framework, or the challenge's own")
    func refused() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Oldtown Borough Council", type: .boroughCouncil)

            let badLevel = try await api.send(
                .POST, "/api/v1/challenges", json: challenge(council, second: SecondLevel(frameworkId: "equality-standard", level: "level-6")))
            let badFramework = try await api.send(
                .POST, "/api/v1/challenges", json: challenge(council, second: SecondLevel(frameworkId: "equality-standard-1999", level: "level-3")))
            let own = try await api.send(
                .POST, "/api/v1/challenges", json: challenge(council, second: SecondLevel(frameworkId: "eflg-2011", level: "excellent")))
            let total = try await api.send(.GET, "/api/v1/challenges").decode(Page<Identified<Challenge>>.self).metadata.total

            #expect(badLevel.status == .unprocessableEntity)
            #expect(badLevel.error?.path == "second_level.level")
            #expect(badFramework.error?.path == "second_level.framework_id")
            #expect(own.error?.path == "second_level.framework_id")
            #expect(total == 0)
        }
    }
}
