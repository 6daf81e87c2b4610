import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("People")
struct PersonStoreTests {
    @Test("create, get, update, list by organisation, delete")
    func crud() async throws {
        try await withWorld { world in
            let store = PersonStore(db: world.db)
            let created = try await store.create(Person(name: " Cy Test ", organisationId: world.council, jobTitle: ""))
            #expect(created.value == Person(name: "Cy Test", organisationId: world.council))
            #expect(try await store.get(created.id) == created)

            let moved = try await store.update(
                created.id, Person(name: "Cy Test", organisationId: world.partner, jobTitle: "Equality lead"))
            #expect(try await store.get(created.id) == moved)

            let atPartner = try await store.list(PageRequest(), organisationId: world.partner)
            #expect(atPartner.items.map(\.value.name) == ["Cy Test"])
            // The peers come from another body than the councils they challenge.
            #expect(try await store.list(PageRequest(), organisationId: world.peerBody).items.map(\.value.name) == ["Ann Example", "Bo Sample"])
            #expect(try await store.list(PageRequest(per: 1)).metadata == PageMetadata(page: 1, per: 1, total: 3))

            try await store.delete(created.id)
            await #expect(throws: NotFound(entity: "person", id: created.id)) { try await store.get(created.id) }
        }
    }

    @Test("a person's organisation must exist")
    func organisationMustExist() async throws {
        try await TestDatabase.withDatabase { db in
            let store = PersonStore(db: db)
            let failure = await #expect(throws: ValidationFailure.self) {
                try await store.create(Person(name: "Di", organisationId: UUID()))
            }
            #expect(failure?.path == "organisation_id")
            #expect(try await TestDatabase.rowCounts(on: db)["people"] == 0)
            let alone = try await store.create(Person(name: "Di"))
            let update = await #expect(throws: ValidationFailure.self) {
                try await store.update(alone.id, Person(name: "Di", organisationId: UUID()))
            }
            #expect(update?.path == "organisation_id")
        }
    }

    @Test("someone on a team cannot be deleted")
    func onATeam() async throws {
        try await withWorld { world in
            _ = try await world.parts(TeamMember.self).create(
                challengeId: world.challenge, TeamMember(personId: world.leadPeer, role: .leadPeer))
            await #expect(throws: RuleViolation.self) { try await PersonStore(db: world.db).delete(world.leadPeer) }
            #expect(try await PersonStore(db: world.db).get(world.leadPeer).value.name == "Ann Example")
        }
    }

    @Test("findOrCreate matches name and organisation, including none")
    func findOrCreate() async throws {
        try await withWorld { world in
            let store = PersonStore(db: world.db)
            let found = try await store.findOrCreate(name: "Ann Example", organisationId: world.peerBody, jobTitle: "Other title")
            #expect(found.id == world.leadPeer)
            #expect(found.value.jobTitle == "Chief executive")
            let elsewhere = try await store.findOrCreate(name: "Ann Example", organisationId: nil)
            #expect(elsewhere.id != world.leadPeer)
            #expect(try await store.findOrCreate(name: "Ann Example", organisationId: nil) == elsewhere)
            await #expect(throws: ValidationFailure.self) { try await store.findOrCreate(name: "Eve", organisationId: UUID()) }
        }
    }
}
