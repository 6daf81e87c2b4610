import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Challenges and their parts over the API")
struct ChallengeAPITests {
    @Test("a challenge pins its framework's version and starts in planning")
    func creation() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let id = try await api.challenge(for: [council])
            let challenge = try await api.send(.GET, "/api/v1/challenges/\(id)").decode(Identified<Challenge>.self)
            #expect(challenge.value.frameworkVersion == "2021")
            #expect(challenge.value.status == .planning)
            #expect(challenge.value.modules.map(\.judgement) == [.none, .none])
        }
    }

    @Test("scope is checked against the framework, naming the field")
    func scopeValidation() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let unknownModule = Challenge(organisationIds: [council], frameworkId: "eflg-2021", modules: [ModuleScope(id: "knowing-communities", level: "achieving")])
            let reply = try await api.send(.POST, "/api/v1/challenges", json: unknownModule)
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.error?.path == "modules[0].id")

            let unknownLevel = Challenge(organisationIds: [council], frameworkId: "eflg-2021", modules: [ModuleScope(id: "communities", level: "gold")])
            #expect(try await api.send(.POST, "/api/v1/challenges", json: unknownLevel).error?.path == "modules[0].level")

            let unknownOrganisation = Challenge(organisationIds: [UUID()], frameworkId: "eflg-2021", modules: [ModuleScope(id: "communities", level: "achieving")])
            #expect(try await api.send(.POST, "/api/v1/challenges", json: unknownOrganisation).error?.path == "organisation_ids[0]")

            let unknownFramework = Challenge(organisationIds: [council], frameworkId: "eflg-1999", modules: [ModuleScope(id: "communities", level: "achieving")])
            #expect(try await api.send(.POST, "/api/v1/challenges", json: unknownFramework).status == .unprocessableEntity)

            let total = try await api.send(.GET, "/api/v1/challenges").decode(Page<Identified<Challenge>>.self).metadata.total
            #expect(total == 0)
        }
    }

    @Test("the lifecycle moves one step at a time; an illegal move is 409 and changes nothing")
    func lifecycle() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let id = try await api.challenge(for: [try await api.organisation("Calder Moor Borough Council")])
            let early = try await api.send(.POST, "/api/v1/challenges/\(id)/findings", json: Finding(module: "communities", kind: .strength, text: "Recorded while planning."))
            let findingID = try early.decode(Identified<Finding>.self).id
            let skip = try await api.send(.POST, "/api/v1/challenges/\(id)/transition", raw: #"{"status": "published"}"#)
            #expect(skip.status == .conflict)
            #expect(skip.error?.message.contains("from planning it can move to self assessment") == true)

            for status in ["self-assessment", "on-site", "drafting", "council-review", "drafting", "council-review", "final", "published"] {
                let reply = try await api.send(.POST, "/api/v1/challenges/\(id)/transition", raw: #"{"status": "\#(status)"}"#)
                #expect(reply.status == .ok, "to \(status): \(reply.text)")
            }
            let back = try await api.send(.POST, "/api/v1/challenges/\(id)/transition", raw: #"{"status": "drafting"}"#)
            #expect(back.status == .conflict)
            let current = try await api.send(.GET, "/api/v1/challenges/\(id)").decode(Identified<Challenge>.self)
            #expect(current.value.status == .published)

            // The final report is the public record: its findings no longer change.
            let late = try await api.send(.POST, "/api/v1/challenges/\(id)/findings", json: Finding(module: "communities", kind: .strength, text: "Too late."))
            #expect(late.status == .conflict)
            #expect(late.error?.message.contains("can no longer change") == true)
            let edit = try await api.send(.PUT, "/api/v1/challenges/\(id)/findings/\(findingID)", json: Finding(module: "communities", kind: .strength, text: "Rewritten."))
            #expect(edit.status == .conflict)
            #expect(try await api.send(.DELETE, "/api/v1/challenges/\(id)/findings/\(findingID)").status == .conflict)
            let kept = try await api.send(.GET, "/api/v1/challenges/\(id)/findings").decode(Page<Identified<Finding>>.self)
            #expect(kept.items.map(\.value.text) == ["Recorded while planning."])

            let unknown = try await api.send(.POST, "/api/v1/challenges/\(id)/transition", raw: #"{"status": "archived"}"#)
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.error?.path == "status")
        }
    }

    @Test("findings are checked against the challenge and listed in order")
    func findings() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let high = try await api.organisation("Wyvern Vale District Council")
            let moor = try await api.organisation("Calder Moor Borough Council")
            let other = try await api.organisation("Elsewhere Council")
            let id = try await api.challenge(for: [high, moor])
            let base = "/api/v1/challenges/\(id)/findings"

            let joint = try await api.send(.POST, base, json: Finding(module: "communities", kind: .strength, text: "Both councils share one equality team."))
            #expect(joint.status == .created)
            let own = try await api.send(.POST, base, json: Finding(module: "workforce", kind: .areaForConsideration, text: "Few staff disclose a disability.", organisationId: moor))
            #expect(own.status == .created)

            let typo = try await api.send(.POST, base, raw: #"{"module": "communities", "kind": "strenght", "text": "x"}"#)
            #expect(typo.error?.path == "kind")
            let stranger = try await api.send(.POST, base, json: Finding(module: "communities", kind: .strength, text: "x", organisationId: other))
            #expect(stranger.error?.path == "organisation_id")
            let quote = try await api.send(.POST, base, json: Finding(module: "communities", kind: .quote, text: "They listen now."))
            #expect(quote.error?.path == "attribution")

            let list = try await api.send(.GET, base).decode(Page<Identified<Finding>>.self)
            #expect(list.items.map(\.value.text) == ["Both councils share one equality team.", "Few staff disclose a disability."])

            let foreign = try await api.challenge(for: [other])
            let findingID = try joint.decode(Identified<Finding>.self).id
            let crossed = try await api.send(.GET, "/api/v1/challenges/\(foreign)/findings/\(findingID)")
            #expect(crossed.status == .notFound)
        }
    }

    @Test("deleting a challenge removes everything recorded under it")
    func cascade() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let id = try await api.challenge(for: [try await api.organisation("Calder Moor Borough Council")])
            _ = try await api.send(.POST, "/api/v1/challenges/\(id)/recommendations", json: Recommendation(number: 1, module: "communities", text: "Publish the workforce profile."))
            let duplicate = try await api.send(.POST, "/api/v1/challenges/\(id)/recommendations", json: Recommendation(number: 1, text: "Again."))
            #expect(duplicate.error?.path == "number")
            #expect(try await api.send(.DELETE, "/api/v1/challenges/\(id)").status == .noContent)
            #expect(try await api.send(.GET, "/api/v1/challenges/\(id)/recommendations").status == .notFound)
        }
    }
}
