import EquitasCore
import EquitasTestSupport
import FluentKit
import Foundation
import NIOPosix
import SQLKit
import Testing

@testable import EquitasPersistence

/// The session's statement is kept prepared (`KeptRead`): on SQLite read through a kept
/// connection of its own, on PostgreSQL as a named prepared statement. Only the
/// statement may be kept: whatever another connection pool — another instance on the
/// same database — commits must show on the very next read.
@Suite("Kept session reads")
struct KeptSessionReadTests {
    @Test("a role changed, an account disabled or a session ended by another instance shows on the very next read")
    func anotherInstanceCommits() async throws {
        try await withTwoInstances { here, there in
            let (account, secret, challenge) = try await Self.signedIn(here)
            let asked = StampAsked.challenge(challenge)
            let store = SessionStore(db: here)
            let before = try await store.session(forSecret: secret, with: asked)
            #expect(before.session?.account.value.role == .reviewManager)
            guard case .challenge(_, _, let firstStamp, _)? = before.stamp else {
                Issue.record("no stamp read with the session")
                return
            }

            try await SQLAccess.sql(there).raw("UPDATE accounts SET role = 'peer' WHERE id = \(bind: account)").run()
            #expect(try await store.session(forSecret: secret, with: asked).session?.account.value.role == .peer)

            // A change under the challenge, made there, moves the stamp read here.
            try await SQLAccess.sql(there).raw("UPDATE challenges SET status = 'on-site' WHERE id = \(bind: challenge)").run()
            guard case .challenge(_, let status, let secondStamp, _)? = try await store.session(forSecret: secret, with: asked).stamp else {
                Issue.record("no stamp read with the session")
                return
            }
            #expect(status == .onSite)
            #expect(secondStamp != firstStamp)

            try await AccountStore(db: there).setDisabled(account, true)
            #expect(try await store.session(forSecret: secret, with: asked).session == nil)
            try await AccountStore(db: there).setDisabled(account, false)
            let again = try await store.start(accountId: account)
            #expect(try await store.session(forSecret: again.secret) != nil)
            try await SessionStore(db: there).end(again.session.id)
            #expect(try await store.session(forSecret: again.secret) == nil)
            try Self.expectKeptReads(here)
        }
    }

    @Test("a read while another instance's write is open sees what was committed, without waiting, and the write once committed")
    func openWriteElsewhere() async throws {
        try await withTwoInstances { here, there in
            let (account, secret, _) = try await Self.signedIn(here)
            let store = SessionStore(db: here)
            try await there.transactionKeepingAuthor { db in
                try await SQLAccess.sql(db).raw("UPDATE accounts SET role = 'administrator' WHERE id = \(bind: account)").run()
                #expect(try await store.session(forSecret: secret)?.account.value.role == .reviewManager)
            }
            #expect(try await store.session(forSecret: secret)?.account.value.role == .administrator)
            try Self.expectKeptReads(here)
        }
    }

    @Test("a stamp read alone and one read with the session agree, and a missing challenge or plan reads as none")
    func stampsAlone() async throws {
        try await withTwoInstances { here, _ in
            let (_, secret, challenge) = try await Self.signedIn(here)
            let alone = try #require(try await ChangeStamps(db: here).challenge(challenge))
            guard case .challenge(_, let status, let stamp, let followers)? = try await SessionStore(db: here)
                .session(forSecret: secret, with: .challenge(challenge)).stamp
            else {
                Issue.record("no stamp read with the session")
                return
            }
            #expect(alone.status == status && alone.stamp == stamp && alone.followers == followers)
            #expect(try await ChangeStamps(db: here).challenge(UUID()) == nil)
            #expect(try await ChangeStamps(db: here).actionPlan(UUID()) == nil)
            let withNoPlan = try await SessionStore(db: here).session(forSecret: secret, with: .actionPlan(UUID()))
            #expect(withNoPlan.session != nil && withNoPlan.stamp == nil)
            // Inside a transaction the read goes through the transaction's own connection
            // and sees its own change before it commits.
            let inside = try await here.transactionKeepingAuthor { db in
                try await SQLAccess.sql(db).raw("UPDATE challenges SET status = 'drafting' WHERE id = \(bind: challenge)").run()
                return try await ChangeStamps(db: db).challenge(challenge)?.status
            }
            #expect(inside == .drafting)
        }
    }

    @Test("on SQLite, sessions of different people read through one kept statement, compiled once")
    func compiledOnce() async throws {
        try await withTwoInstances { here, _ in
            let (account, secret, challenge) = try await Self.signedIn(here)
            let store = SessionStore(db: here)
            var secrets = [secret]
            for _ in 0..<3 { secrets.append(try await store.start(accountId: account).secret) }
            for secret in secrets + secrets {
                #expect(try await store.session(forSecret: secret, with: .challenge(challenge)).session != nil)
            }
            try Self.expectKeptReads(here)
        }
    }

    /// The reads above went through the kept connections, not the pool; on SQLite no
    /// binding made SQLite compile a kept statement again.
    static func expectKeptReads(_ db: any Database) throws {
        if let postgres = (db.context.configuration as? PostgresKeptConfiguration)?.reads.reads {
            #expect(postgres.served > 0)
        }
        guard let sqlite = db as? SQLiteWriterDatabase else { return }
        #expect(sqlite.reads.served > 0)
        #expect(sqlite.reads.recompiled == 0)
    }

    static func signedIn(_ db: any Database) async throws -> (account: UUID, secret: String, challenge: UUID) {
        let organisation = try await OrganisationStore(db: db).create(Organisation(name: "Wyvern Vale District Council", type: .districtCouncil)).id
        let challenge = try await ChallengeStore(db: db, catalog: .testCatalog).create(.sample(for: [organisation])).id
        let account = try await AccountStore(db: db).create(
            Account(email: "kept@council.gov.uk", name: "Kept Reader", role: .reviewManager), passwordHash: "not a hash").id
        let secret = try await SessionStore(db: db).start(accountId: account).secret
        return (account, secret, challenge)
    }

    /// Two connection pools on one fresh database, as two instances of the server have.
    func withTwoInstances(_ body: (any Database, any Database) async throws -> Void) async throws {
        let database = try await TestDatabase.make()
        let pools = [
            Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton),
            Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton),
        ]
        do {
            var dbs: [any Database] = []
            for pool in pools {
                try EquitasDatabase.register(database.configuration, in: pool)
                dbs.append(try #require(pool.database(logger: .init(label: "kept-read-test"), on: pool.eventLoopGroup.any())))
            }
            try await body(dbs[0], dbs[1])
        } catch {
            for pool in pools { await pool.shutdownAsync() }
            try? await database.destroy()
            throw error
        }
        for pool in pools { await pool.shutdownAsync() }
        try await database.destroy()
    }
}
