import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Organisations")
struct OrganisationStoreTests {
    @Test("create tidies and stores; get, update and delete round-trip")
    func crud() async throws {
        try await TestDatabase.withDatabase { db in
            let store = OrganisationStore(db: db)
            let created = try await store.create(Organisation(name: "  High Peak Borough Council ", type: .boroughCouncil, onsCode: " "))
            #expect(created.value == Organisation(name: "High Peak Borough Council", type: .boroughCouncil))
            #expect(try await store.get(created.id) == created)

            let updated = try await store.update(
                created.id, Organisation(name: "High Peak Council", type: .unitaryAuthority, onsCode: "E07000037"))
            #expect(try await store.get(created.id) == updated)
            #expect(updated.value.onsCode == "E07000037")

            try await store.delete(created.id)
            await #expect(throws: NotFound(entity: "organisation", id: created.id)) { try await store.get(created.id) }
        }
    }

    @Test("unknown ids are NotFound for get, update and delete")
    func unknown() async throws {
        try await TestDatabase.withDatabase { db in
            let store = OrganisationStore(db: db)
            let id = UUID()
            await #expect(throws: NotFound(entity: "organisation", id: id)) { try await store.get(id) }
            await #expect(throws: NotFound(entity: "organisation", id: id)) {
                try await store.update(id, Organisation(name: "X", type: .other))
            }
            await #expect(throws: NotFound(entity: "organisation", id: id)) { try await store.delete(id) }
            #expect(NotFound(entity: "organisation", id: "abc").description == "no organisation with id abc")
        }
    }

    @Test("bad input is a ValidationFailure and writes nothing")
    func validation() async throws {
        try await TestDatabase.withDatabase { db in
            let store = OrganisationStore(db: db)
            let blank = await #expect(throws: ValidationFailure.self) { try await store.create(Organisation(name: " ", type: .other)) }
            #expect(blank?.path == "name")
            let code = await #expect(throws: ValidationFailure.self) {
                try await store.create(Organisation(name: "X", type: .other, onsCode: "12345"))
            }
            #expect(code?.path == "ons_code")
            let taken = try await store.create(Organisation(name: "X", type: .other)).id
            let reused = await #expect(throws: ValidationFailure.self) {
                try await store.create(Organisation(name: "Y", type: .other), id: taken)
            }
            #expect(reused?.path == "id")
            #expect(try await store.list(PageRequest()).metadata.total == 1)
        }
    }

    @Test("lists page by name with the total, and search ignores case")
    func listing() async throws {
        try await TestDatabase.withDatabase { db in
            let store = OrganisationStore(db: db)
            for name in ["Eden", "Allerdale", "Copeland", "Barrow", "Dacorum"] {
                _ = try await store.create(Organisation(name: name + " Council", type: .districtCouncil))
            }
            let second = try await store.list(PageRequest(page: 2, per: 2))
            #expect(second.metadata == PageMetadata(page: 2, per: 2, total: 5))
            #expect(second.items.map(\.value.name) == ["Copeland Council", "Dacorum Council"])
            #expect(try await store.list(PageRequest(page: 4, per: 2)).items.isEmpty)

            let found = try await store.list(PageRequest(), nameContains: "cOuNcIl")
            #expect(found.metadata.total == 5)
            let one = try await store.list(PageRequest(), nameContains: " ROW ")
            #expect(one.items.map(\.value.name) == ["Barrow Council"])
        }
    }

    @Test("search treats % and _ as themselves")
    func searchWildcards() async throws {
        try await TestDatabase.withDatabase { db in
            let store = OrganisationStore(db: db)
            _ = try await store.create(Organisation(name: "100% Council", type: .other))
            _ = try await store.create(Organisation(name: "1000 Council", type: .other))
            _ = try await store.create(Organisation(name: "A_B Trust", type: .nhsTrust))
            _ = try await store.create(Organisation(name: "AXB Trust", type: .nhsTrust))
            #expect(try await store.list(PageRequest(), nameContains: "0%").items.map(\.value.name) == ["100% Council"])
            #expect(try await store.list(PageRequest(), nameContains: "a_b").items.map(\.value.name) == ["A_B Trust"])
        }
    }

    @Test("an organisation named by a person or a challenge cannot be deleted")
    func deletionRefused() async throws {
        try await withWorld { world in
            let store = OrganisationStore(db: world.db)
            let refusal = await #expect(throws: RuleViolation.self) { try await store.delete(world.council) }
            #expect(refusal?.message.contains("1 challenge") == true)
            await #expect(throws: RuleViolation.self) { try await store.delete(world.peerBody) }
            let kept = try await store.get(world.council)
            #expect(kept.value.name == "Wyvern Vale District Council")
        }
    }

    @Test("findOrCreate reuses an exact name and creates otherwise")
    func findOrCreate() async throws {
        try await TestDatabase.withDatabase { db in
            let store = OrganisationStore(db: db)
            let first = try await store.findOrCreate(Organisation(name: "Eden District Council", type: .districtCouncil))
            let again = try await store.findOrCreate(Organisation(name: " Eden District Council ", type: .other))
            #expect(again == first)
            let other = try await store.findOrCreate(Organisation(name: "Eden Council", type: .other))
            #expect(other.id != first.id)
            #expect(try await store.list(PageRequest()).metadata.total == 2)
        }
    }
}
