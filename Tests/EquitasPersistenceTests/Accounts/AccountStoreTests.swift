import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Accounts")
struct AccountStoreTests {
    static let hash = "$2b$04$notarealhashbutthestoredoesnotcare"

    @Test("create normalises the email, get and find return the account, list sorts by email")
    func createAndRead() async throws {
        try await withWorld { world in
            let store = AccountStore(db: world.db)
            let officer = try await store.create(
                Account(email: " Officer@Wyvern.gov.uk ", name: "Olu Officer", role: .councilOfficer, organisationId: world.council),
                passwordHash: Self.hash)
            #expect(officer.value.email == "officer@wyvern.gov.uk")
            #expect(try await store.get(officer.id) == officer)

            let found = try #require(try await store.find(email: "OFFICER@wyvern.gov.uk"))
            #expect(found.account == officer)
            #expect(found.passwordHash == Self.hash)
            #expect(try await store.find(email: "nobody@wyvern.gov.uk") == nil)
            #expect(try await store.find(email: "not an email") == nil)

            let admin = try await store.create(
                Account(email: "admin@example.org", name: "Ada Admin", role: .administrator), passwordHash: Self.hash)
            #expect(try await store.list(PageRequest()).items == [admin, officer])

            try await store.setPassword(admin.id, hash: "$2b$04$another")
            #expect(try await store.find(email: "admin@example.org")?.passwordHash == "$2b$04$another")
        }
    }

    @Test("an email has one account, whatever its case")
    func uniqueEmail() async throws {
        try await TestDatabase.withDatabase { db in
            let store = AccountStore(db: db)
            _ = try await store.create(Account(email: "ada@example.org", name: "Ada", role: .administrator), passwordHash: Self.hash)
            let failure = await #expect(throws: ValidationFailure.self) {
                try await store.create(
                    Account(email: "ADA@example.org", name: "Another Ada", role: .reviewManager), passwordHash: Self.hash)
            }
            #expect(failure?.path == "email")
            #expect(try await TestDatabase.rowCounts(on: db)["accounts"] == 1)
        }
    }

    @Test("the organisation and person an account names must exist, and the role's rules hold")
    func references() async throws {
        try await TestDatabase.withDatabase { db in
            let store = AccountStore(db: db)
            let noCouncil = await #expect(throws: ValidationFailure.self) {
                try await store.create(
                    Account(email: "o@example.org", name: "O", role: .councillor, organisationId: UUID()), passwordHash: Self.hash)
            }
            #expect(noCouncil?.path == "organisation_id")
            let noPerson = await #expect(throws: ValidationFailure.self) {
                try await store.create(Account(email: "p@example.org", name: "P", role: .peer, personId: UUID()), passwordHash: Self.hash)
            }
            #expect(noPerson?.path == "person_id")
            let noRole = await #expect(throws: ValidationFailure.self) {
                try await store.create(Account(email: "q@example.org", name: "Q", role: .public), passwordHash: Self.hash)
            }
            #expect(noRole?.path == "role")
            let counts = try await TestDatabase.rowCounts(on: db)
            #expect(counts["accounts"] == 0)
        }
    }

    @Test("an organisation or person behind an account cannot be deleted")
    func deletionRefused() async throws {
        try await withWorld { world in
            let store = AccountStore(db: world.db)
            _ = try await store.create(
                Account(email: "peer@example.org", name: "Ann Example", role: .peer, personId: world.leadPeer), passwordHash: Self.hash)
            _ = try await store.create(
                Account(email: "cllr@example.org", name: "Cal Councillor", role: .councillor, organisationId: world.partner),
                passwordHash: Self.hash)
            let person = await #expect(throws: RuleViolation.self) { try await PersonStore(db: world.db).delete(world.leadPeer) }
            #expect(person?.message.contains("account") == true)
            // The partner also has a person; the message names every kind of use.
            let organisation = await #expect(throws: RuleViolation.self) { try await OrganisationStore(db: world.db).delete(world.partner) }
            #expect(organisation?.message.contains("1 account") == true)
            #expect(try await PersonStore(db: world.db).get(world.leadPeer).value.name == "Ann Example")
        }
    }
}
