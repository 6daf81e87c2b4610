import EquitasCore
import EquitasTestSupport
import FluentKit
import Foundation
import NIOPosix
import SQLKit
import Testing

@testable import EquitasPersistence

/// On PostgreSQL the kept statements run on connections of Equitas's own
/// (`PostgresKeptReads`), beside Fluent's pool: how many it opens, what happens when
/// one is ended under it, and that none is left open after shutdown.
@Suite(
    "PostgreSQL kept reads' own connections",
    .enabled(if: ProcessInfo.processInfo.environment[TestDatabase.urlVariable] != nil, "needs PostgreSQL (EQUITAS_TEST_DATABASE_URL)"))
struct PostgresKeptReadsTests {
    @Test("a burst of reads opens no more connections than allowed, each read answered; quiet ones close again")
    func burst() async throws {
        try await withKeptReads { db, reads, _ in
            let (_, secret, challenge) = try await KeptSessionReadTests.signedIn(db)
            let store = SessionStore(db: db)
            let found = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<200 {
                    group.addTask { try await store.session(forSecret: secret, with: .challenge(challenge)).session != nil }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(found == 200)
            #expect(reads.served >= 200)
            let loops = Array(MultiThreadedEventLoopGroup.singleton.makeIterator()).count
            let most = PostgresTuning.keptReadConnectionsPerEventLoop(eventLoops: loops) * loops
            #expect(reads.opened >= 1 && reads.opened <= most)
            #expect(reads.open == reads.opened)

            // Two looks with nothing run between them leave one connection per loop used.
            reads.closeQuietConnections()
            reads.closeQuietConnections()
            #expect(reads.open <= loops)
            #expect(try await store.session(forSecret: secret)?.account.value.role == .reviewManager)
        }
    }

    @Test("a connection ended by an administrator is replaced, and the read it was to serve still answered")
    func endedUnderIt() async throws {
        try await withKeptReads { db, reads, database in
            let (_, secret, _) = try await KeptSessionReadTests.signedIn(db)
            let store = SessionStore(db: db)
            #expect(try await store.session(forSecret: secret) != nil)
            let opened = reads.opened
            let name = try #require(URLComponents(string: database.postgresURL)?.path.dropFirst())
            // Every connection to the database but this statement's own: the kept reads'
            // and Fluent's pool alike.
            try await SQLAccess.sql(db).raw("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = \(bind: String(name)) AND pid <> pg_backend_pid()
                """).run()
            try await Task.sleep(for: .milliseconds(200))
            #expect(try await store.session(forSecret: secret)?.account.value.email == "kept@council.gov.uk")
            #expect(reads.opened > opened)
        }
    }

    @Test("after shutdown no connection of the kept reads is left open")
    func shutdown() async throws {
        let database = try await TestDatabase.make()
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        try EquitasDatabase.register(database.configuration, in: databases)
        let db = try #require(databases.database(logger: .init(label: "kept-reads-test"), on: databases.eventLoopGroup.any()))
        let (_, secret, _) = try await KeptSessionReadTests.signedIn(db)
        #expect(try await SessionStore(db: db).session(forSecret: secret) != nil)
        let reads = try #require(KeptReads.of(databases)?.box.reads)
        #expect(reads.open >= 1)
        await databases.shutdownAsync()
        #expect(reads.open == 0)
        let name = try #require(URLComponents(string: database.postgresURL)?.path.dropFirst())
        let admin = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        try EquitasDatabase.register(.postgres(url: try #require(ProcessInfo.processInfo.environment[TestDatabase.urlVariable])), in: admin)
        let adminDB = try #require(admin.database(logger: .init(label: "kept-reads-test"), on: admin.eventLoopGroup.any()))
        var left = -1
        for _ in 0..<50 {
            left = try await SQLAccess.sql(adminDB).raw("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = \(bind: String(name))")
                .first().map { try $0.decode(column: "n", as: Int.self) } ?? -1
            if left == 0 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(left == 0)
        await admin.shutdownAsync()
        try await database.destroy()
    }

    func withKeptReads(_ body: (any Database, PostgresKeptReads, TestDatabase) async throws -> Void) async throws {
        let database = try await TestDatabase.make()
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        do {
            try EquitasDatabase.register(database.configuration, in: databases)
            let db = try #require(databases.database(logger: .init(label: "kept-reads-test"), on: databases.eventLoopGroup.any()))
            let reads = try #require(KeptReads.of(databases)?.box.reads)
            try await body(db, reads, database)
        } catch {
            await databases.shutdownAsync()
            try? await database.destroy()
            throw error
        }
        await databases.shutdownAsync()
        try await database.destroy()
    }
}

extension TestDatabase {
    var postgresURL: String {
        if case .postgres(let url) = configuration { return url }
        return ""
    }
}
