import EquitasCore
import EquitasTestSupport
import FluentKit
import Foundation
import SQLKit
import Testing

@testable import EquitasPersistence

/// A bearer token and its account are read in one kept statement (`TokenQuery`), as a
/// session is: what another instance commits shows on the very next read.
@Suite("Kept token reads")
struct KeptTokenReadTests {
    @Test("a role changed, an account disabled or a token revoked by another instance shows on the very next read, through the kept statement")
    func anotherInstanceCommits() async throws {
        try await KeptSessionReadTests().withTwoInstances { here, there in
            let organisation = try await OrganisationStore(db: here).create(Organisation(name: "Wyvern Vale District Council", type: .districtCouncil)).id
            let account = try await AccountStore(db: here).create(
                Account(email: "kept@council.gov.uk", name: "Kept Reader", role: .councilOfficer, organisationId: organisation), passwordHash: "not a hash")
            let store = AccountStore(db: here)
            let (token, id) = try await store.issueToken(accountId: account.id, name: "CI")
            #expect(try await store.account(forToken: token) == account)

            try await SQLAccess.sql(there).raw("UPDATE accounts SET role = 'councillor' WHERE id = \(bind: account.id)").run()
            #expect(try await store.account(forToken: token)?.value.role == .councillor)
            try await AccountStore(db: there).setDisabled(account.id, true)
            #expect(try await store.account(forToken: token) == nil)
            try await AccountStore(db: there).setDisabled(account.id, false)
            #expect(try await store.account(forToken: token)?.value.organisationId == organisation)
            try await AccountStore(db: there).revokeToken(id)
            #expect(try await store.account(forToken: token) == nil)
            try KeptSessionReadTests.expectKeptReads(here)
        }
    }
}
