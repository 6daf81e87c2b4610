import Foundation
import Testing

@testable import EquitasWeb

@Suite("The stamped cache")
struct StampedCacheTests {
    @Test("the same stamp is answered from the cache; another stamp loads again")
    func stamps() async throws {
        let cache = StampedCache()
        let loads = CacheLoads()
        let key = StampedCache.Key("page", UUID())
        #expect(try await cache.value(key, stamp: 1) { await loads.next() } == 1)
        #expect(try await cache.value(key, stamp: 1) { await loads.next() } == 1)
        #expect(try await cache.value(key, stamp: 2) { await loads.next() } == 2)
        #expect(try await cache.value(key, stamp: 1) { await loads.next() } == 3, "an older stamp is not kept beside the newer")
        // Another kind for the same id, or a stamp of another type, is another entry.
        #expect(try await cache.value(StampedCache.Key("other", key.id), stamp: 1) { await loads.next() } == 4)
        #expect(try await cache.value(key, stamp: "1") { await loads.next() } == 5)
        let counts = cache.counts
        #expect(counts.hits == 1)
        #expect(counts.misses == 5)
    }

    @Test("a failed load keeps nothing")
    func failure() async throws {
        struct Refused: Error {}
        let cache = StampedCache()
        let key = StampedCache.Key("page", UUID())
        await #expect(throws: Refused.self) { try await cache.value(key, stamp: 1) { () async throws -> Int in throw Refused() } }
        #expect(try await cache.value(key, stamp: 1) { 7 } == 7)
        #expect(cache.counts.entries == 1)
    }

    @Test("past its byte limit the least recently used go first, and nothing larger than a quarter is kept")
    func limit() async throws {
        let cache = StampedCache(costLimit: 1000)
        let keys = (0..<10).map { _ in StampedCache.Key("page", UUID()) }
        for key in keys { _ = try await cache.value(key, stamp: 0, cost: { _ in 100 }) { 0 } }
        #expect(cache.counts.cost == 1000)
        // The first is used again, so the next store pushes out the two oldest but it.
        _ = try await cache.value(keys[0], stamp: 0, cost: { _ in 100 }) { 1 }
        _ = try await cache.value(StampedCache.Key("page", UUID()), stamp: 0, cost: { _ in 100 }) { 0 }
        #expect(cache.counts.cost <= 1000)
        #expect(try await cache.value(keys[0], stamp: 0) { 2 } == 0, "the one used lately stays")
        #expect(try await cache.value(keys[1], stamp: 0) { 2 } == 2, "the oldest went")
        // Too big to keep: loaded every time.
        let big = StampedCache.Key("report", UUID())
        _ = try await cache.value(big, stamp: 0, cost: { _ in 600 }) { 0 }
        #expect(try await cache.value(big, stamp: 0, cost: { _ in 600 }) { 9 } == 9)
    }
}
