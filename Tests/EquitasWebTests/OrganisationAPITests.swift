import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Organisations and people over the API")
struct OrganisationAPITests {
    @Test("create, read, update, list and delete an organisation")
    func lifecycleOfAnOrganisation() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let created = try await api.send(.POST, "/api/v1/organisations",
                                             json: Organisation(name: "  Wyvern Vale District Council ", type: .districtCouncil, onsCode: "E07099901"))
            #expect(created.status == .created)
            let organisation = try created.decode(Identified<Organisation>.self)
            #expect(organisation.value.name == "Wyvern Vale District Council")
            #expect(created.headers.first(name: .location) == "/api/v1/organisations/\(organisation.id.uuidString)")

            let updated = try await api.send(.PUT, "/api/v1/organisations/\(organisation.id)",
                                             json: Organisation(name: "Wyvern Vale Council", type: .unitaryAuthority))
            #expect(updated.status == .ok)
            let fetched = try await api.send(.GET, "/api/v1/organisations/\(organisation.id)")
            #expect(try fetched.decode(Identified<Organisation>.self).value == Organisation(name: "Wyvern Vale Council", type: .unitaryAuthority))

            let deleted = try await api.send(.DELETE, "/api/v1/organisations/\(organisation.id)")
            #expect(deleted.status == .noContent)
            let gone = try await api.send(.GET, "/api/v1/organisations/\(organisation.id)")
            #expect(gone.status == .notFound)
            #expect(gone.error?.status == 404)
        }
    }

    @Test("lists page with totals, and refuse a page size past the limit")
    func paging() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            for index in 1...5 { _ = try await api.organisation("Council \(index)") }
            let page = try await api.send(.GET, "/api/v1/organisations?page=2&per=2")
            let decoded = try page.decode(Page<Identified<Organisation>>.self)
            #expect(decoded.items.count == 2)
            #expect(decoded.metadata == PageMetadata(page: 2, per: 2, total: 5))

            let tooMany = try await api.send(.GET, "/api/v1/organisations?per=100000")
            #expect(tooMany.status == .unprocessableEntity)
            #expect(tooMany.error?.path == "per")
            let notANumber = try await api.send(.GET, "/api/v1/organisations?page=two")
            #expect(notANumber.status == .unprocessableEntity)
        }
    }

    @Test("bad input is refused with the field named and nothing written")
    func validation() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let blank = try await api.send(.POST, "/api/v1/organisations", raw: #"{"name": "  ", "type": "district-council"}"#)
            #expect(blank.status == .unprocessableEntity)
            #expect(blank.error?.path == "name")

            let badType = try await api.send(.POST, "/api/v1/organisations", raw: #"{"name": "X", "type": "parish"}"#)
            #expect(badType.status == .unprocessableEntity)
            #expect(badType.error?.path == "type")
            #expect(badType.error?.message.contains("unknown value \"parish\"") == true)

            let badCode = try await api.send(.POST, "/api/v1/organisations", raw: #"{"name": "X", "type": "other", "ons_code": "12345"}"#)
            #expect(badCode.error?.path == "ons_code")

            let notJSON = try await api.send(.POST, "/api/v1/organisations", raw: "{name:")
            #expect(notJSON.status == .badRequest)

            let list = try await api.send(.GET, "/api/v1/organisations")
            #expect(try list.decode(Page<Identified<Organisation>>.self).metadata.total == 0)
        }
    }

    @Test("a malformed or unknown id is a 404 in JSON")
    func unknownIds() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            for path in ["/api/v1/organisations/not-an-id", "/api/v1/people/\(UUID())", "/api/v1/challenges/\(UUID())"] {
                let reply = try await api.send(.GET, path)
                #expect(reply.status == .notFound, "\(path)")
                #expect(reply.headers.contentType == .json)
            }
        }
    }

    @Test("people belong to an organisation that exists; a person on a team cannot be deleted")
    func people() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let organisation = try await api.organisation("Calder Moor Borough Council")
            let orphan = try await api.send(.POST, "/api/v1/people", json: Person(name: "Ann Example", organisationId: UUID()))
            #expect(orphan.status == .unprocessableEntity)
            #expect(orphan.error?.path == "organisation_id")

            let created = try await api.send(.POST, "/api/v1/people", json: Person(name: "Ann Example", organisationId: organisation, jobTitle: "Equality lead"))
            let person = try created.decode(Identified<Person>.self)
            let filtered = try await api.send(.GET, "/api/v1/people?organisation_id=\(organisation)")
            #expect(try filtered.decode(Page<Identified<Person>>.self).items.map(\.id) == [person.id])

            // Ann is a peer: she comes from another body than the council challenged.
            let challenge = try await api.challenge(for: [try await api.organisation("Calder Moor Borough Council")])
            let member = try await api.send(.POST, "/api/v1/challenges/\(challenge)/team", json: TeamMember(personId: person.id, role: .leadPeer))
            #expect(member.status == .created)
            let refused = try await api.send(.DELETE, "/api/v1/people/\(person.id)")
            #expect(refused.status == .conflict)
        }
    }
}
