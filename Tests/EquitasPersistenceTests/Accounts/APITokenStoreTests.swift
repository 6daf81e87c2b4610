import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import SQLKit
import Testing

@Suite("API tokens")
struct APITokenStoreTests {
    static func admin(_ store: AccountStore) async throws -> Identified<Account> {
        try await store.create(Account(email: "ada@example.org", name: "Ada Admin", role: .administrator), passwordHash: "$2b$04$x")
    }

    static func storedHashes(_ db: any Database) async throws -> [String] {
        try await (db as! any SQLDatabase).raw("SELECT token_hash FROM api_tokens").all().map {
            try $0.decode(column: "token_hash", as: String.self)
        }
    }

    @Test("a token is eqt_ and 43 base64url characters, names its account, and only its SHA-256 is stored")
    func issueAndLookUp() async throws {
        try await TestDatabase.withDatabase { db in
            let store = AccountStore(db: db)
            let account = try await Self.admin(store)
            let (token, _) = try await store.issueToken(accountId: account.id, name: "CI")
            #expect(token.hasPrefix("eqt_"))
            #expect(token.count == 47)
            #expect(APITokenSecret.isWellFormed(token))
            #expect(try await store.account(forToken: token) == account)

            let hashes = try await Self.storedHashes(db)
            #expect(hashes.count == 1)
            let hash = try #require(hashes.first)
            #expect(hash.count == 64 && hash.allSatisfy(\.isHexDigit))
            #expect(!hash.contains(token) && !hash.contains(String(token.dropFirst(4))))

            let (second, _) = try await store.issueToken(accountId: account.id, name: "Laptop")
            #expect(second != token)
            #expect(try await store.account(forToken: second) == account)
        }
    }

    @Test("unknown, malformed and revoked tokens name no one")
    func refusedTokens() async throws {
        try await TestDatabase.withDatabase { db in
            let store = AccountStore(db: db)
            let account = try await Self.admin(store)
            let (token, id) = try await store.issueToken(accountId: account.id, name: "CI")
            let unknown = "eqt_" + String(repeating: "A", count: 43)
            for text in [unknown, "", "eqt_", "eqt_short", String(token.dropFirst(4)), token + "x", token.uppercased()] {
                #expect(try await store.account(forToken: text) == nil, "\(text)")
            }
            try await store.revokeToken(id)
            #expect(try await store.account(forToken: token) == nil)
            try await store.revokeToken(id)
            await #expect(throws: NotFound.self) { try await store.revokeToken(UUID()) }
            await #expect(throws: ValidationFailure.self) { try await store.issueToken(accountId: account.id, name: "  ") }
            await #expect(throws: NotFound.self) { try await store.issueToken(accountId: UUID(), name: "CI") }
        }
    }

    @Test("a disabled account's tokens stop working, and it cannot sign in or get new ones")
    func disabledAccount() async throws {
        try await TestDatabase.withDatabase { db in
            let store = AccountStore(db: db)
            let account = try await Self.admin(store)
            let (token, _) = try await store.issueToken(accountId: account.id, name: "CI")
            try await store.setDisabled(account.id, true)
            #expect(try await store.isDisabled(account.id))
            #expect(try await store.account(forToken: token) == nil)
            #expect(try await store.find(email: "ada@example.org") == nil)
            await #expect(throws: RuleViolation.self) { try await store.issueToken(accountId: account.id, name: "CI") }

            try await store.setDisabled(account.id, false)
            #expect(try await store.account(forToken: token) == account)
        }
    }

    @Test("last use is recorded at most once a minute")
    func lastUsed() async throws {
        try await TestDatabase.withDatabase { db in
            let store = AccountStore(db: db)
            let account = try await Self.admin(store)
            let (token, id) = try await store.issueToken(accountId: account.id, name: "CI")
            #expect(try await store.tokenLastUsed(id) == nil)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            _ = try await store.account(forToken: token, now: start)
            #expect(try await store.tokenLastUsed(id) == start)
            _ = try await store.account(forToken: token, now: start.addingTimeInterval(59))
            #expect(try await store.tokenLastUsed(id) == start)
            _ = try await store.account(forToken: token, now: start.addingTimeInterval(61))
            #expect(try await store.tokenLastUsed(id) == start.addingTimeInterval(61))
        }
    }
}
