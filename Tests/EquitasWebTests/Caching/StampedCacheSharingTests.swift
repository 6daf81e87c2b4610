import Foundation
import Testing

@testable import EquitasWeb

/// Requests that miss together load once. Each test holds the first load at a gate and
/// opens it only once the cache says the others are waiting, so what is checked never
/// depends on timing; the time limit turns a hang (a waiter never answered) into a failure.
@Suite("The stamped cache shares a load under way", .timeLimit(.minutes(1)))
struct StampedCacheSharingTests {
    /// Holds a load until opened; a cancelled task stops waiting and throws.
    struct Gate: Sendable {
        private let stream: AsyncStream<Void>
        private let continuation: AsyncStream<Void>.Continuation
        init() { (stream, continuation) = AsyncStream.makeStream(of: Void.self) }
        func open() { continuation.finish() }
        func wait() async throws {
            for await _ in stream {}
            try Task.checkCancellation()
        }
    }

    struct Refused: Error {}

    /// Lets other tasks run until `condition` holds.
    static func until(_ condition: () async -> Bool) async {
        while await !condition() { await Task.yield() }
    }

    @Test("fifty requests that miss one key at one stamp run the load once and all get its value")
    func fifty() async throws {
        let cache = StampedCache()
        let loads = CacheLoads()
        let gate = Gate()
        let key = StampedCache.Key("page", UUID())
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await cache.value(key, stamp: 7) { () async throws -> String in
                        let load = await loads.next()
                        try await gate.wait()
                        return "page \(load)"
                    }
                }
            }
            await Self.until { await loads.count == 1 && cache.counts.waits == 49 }
            gate.open()
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: "page 1", count: 50))
        #expect(await loads.count == 1)
        let counts = cache.counts
        #expect((counts.hits, counts.misses, counts.waits) == (49, 1, 49))
        #expect(counts.loading == 0, "the finished load has left the table")
        #expect(try await cache.value(key, stamp: 7) { "again" } == "page 1", "and its value is kept")
    }

    @Test("a request at another stamp never shares a load, older or newer")
    func otherStamp() async throws {
        let cache = StampedCache()
        let gate = Gate()
        let key = StampedCache.Key("page", UUID())
        let older = Task { try await cache.value(key, stamp: 1) { () async throws -> String in try await gate.wait(); return "read at 1" } }
        await Self.until { cache.counts.loading == 1 }
        // Loads for itself while the load at 1 is held: waiting for it would never end.
        #expect(try await cache.value(key, stamp: 2) { "read at 2" } == "read at 2")
        #expect(cache.counts.waits == 0)
        // A stamp of another type that compares alike is another stamp too.
        #expect(try await cache.value(key, stamp: "1") { "read at \"1\"" } == "read at \"1\"")
        gate.open()
        #expect(try await older.value == "read at 1")
        // The newer stamp's request, arriving after the older load has finished, does not get its value either.
        #expect(try await cache.value(key, stamp: 2) { "read at 2 again" } == "read at 2 again")
        #expect(cache.counts.waits == 0)
        #expect(cache.counts.loading == 0)
    }

    /// Starts the first load (held at `gate`, then `finish`ing as it says), and three
    /// requests that wait for it and would load "mine N" themselves.
    static func waitersOfAFailingLoad(
        _ cache: StampedCache, _ key: StampedCache.Key, _ loads: CacheLoads, gate: Gate, finish: @escaping @Sendable () throws -> String
    ) async -> (first: Task<String, any Error>, waiters: [Task<String, any Error>]) {
        let first = Task {
            try await cache.value(key, stamp: 3) { () async throws -> String in
                _ = await loads.next()
                try await gate.wait()
                return try finish()
            }
        }
        await until { await loads.count == 1 }
        let waiters = (0..<3).map { _ in
            Task { try await cache.value(key, stamp: 3) { () async throws -> String in "mine \(await loads.next())" } }
        }
        await until { cache.counts.waits == 3 }
        return (first, waiters)
    }

    @Test("when the first load throws, its error stays with it: a waiter takes the load over and the others get its value")
    func firstThrows() async throws {
        let cache = StampedCache()
        let loads = CacheLoads()
        let gate = Gate()
        let key = StampedCache.Key("page", UUID())
        let (first, waiters) = await Self.waitersOfAFailingLoad(cache, key, loads, gate: gate) { throw Refused() }
        gate.open()
        await #expect(throws: Refused.self) { try await first.value }
        var values: [String] = []
        for waiter in waiters { values.append(try await waiter.value) }
        #expect(values == Array(repeating: "mine 2", count: 3), "one load taken over, shared by all three")
        #expect(await loads.count == 2)
        #expect(cache.counts.loading == 0)
        #expect(try await cache.value(key, stamp: 3) { "again" } == "mine 2")
    }

    @Test("when the first request is cancelled mid-load, the waiters still get a value")
    func firstCancelled() async throws {
        let cache = StampedCache()
        let loads = CacheLoads()
        let gate = Gate()
        let key = StampedCache.Key("page", UUID())
        let (first, waiters) = await Self.waitersOfAFailingLoad(cache, key, loads, gate: gate) { "never" }
        first.cancel()
        await #expect(throws: CancellationError.self) { try await first.value }
        var values: [String] = []
        for waiter in waiters { values.append(try await waiter.value) }
        #expect(values == Array(repeating: "mine 2", count: 3))
        #expect(await loads.count == 2)
        #expect(cache.counts.loading == 0)
    }

    @Test("when the load taken over fails too, its error stays with its request and the last waiter loads alone")
    func bothFail() async throws {
        let cache = StampedCache()
        let loads = CacheLoads()
        let key = StampedCache.Key("page", UUID())
        let gates = (Gate(), Gate())
        // The first two loads are held and then fail; any later one succeeds.
        let load = { @Sendable () async throws -> String in
            let number = await loads.next()
            switch number {
            case 1: try await gates.0.wait()
            case 2: try await gates.1.wait()
            default: return "mine \(number)"
            }
            throw Refused()
        }
        let first = Task { try await cache.value(key, stamp: 3, load: load) }
        await Self.until { await loads.count == 1 }
        let others = (0..<2).map { _ in Task { try await cache.value(key, stamp: 3, load: load) } }
        await Self.until { cache.counts.waits == 2 }
        gates.0.open()
        await #expect(throws: Refused.self) { try await first.value }
        // One of the two took the load over (load 2) and the other waits for it.
        await Self.until { await loads.count == 2 && cache.counts.waits == 3 }
        gates.1.open()
        var outcomes: [String] = []
        for other in others {
            do { outcomes.append(try await other.value) } catch is Refused { outcomes.append("refused") }
        }
        #expect(outcomes.sorted() == ["mine 3", "refused"])
        #expect(await loads.count == 3)
        #expect(cache.counts.loading == 0)
    }

    @Test("a cancelled waiter stops waiting at once and the load goes on")
    func waiterCancelled() async throws {
        let cache = StampedCache()
        let loads = CacheLoads()
        let gate = Gate()
        let key = StampedCache.Key("page", UUID())
        let first = Task {
            try await cache.value(key, stamp: 5) { () async throws -> String in
                _ = await loads.next()
                try await gate.wait()
                return "page"
            }
        }
        await Self.until { await loads.count == 1 }
        let waiter = Task { try await cache.value(key, stamp: 5) { () async throws -> String in "not this" } }
        let staying = Task { try await cache.value(key, stamp: 5) { () async throws -> String in "not this either" } }
        await Self.until { cache.counts.waits == 2 }
        waiter.cancel()
        // Answered while the load is still held at its gate.
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(cache.counts.loading == 1)
        gate.open()
        #expect(try await first.value == "page")
        #expect(try await staying.value == "page")
        #expect(await loads.count == 1)
        #expect(cache.counts.loading == 0)
    }
}
