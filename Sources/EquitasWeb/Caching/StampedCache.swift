import Foundation
import NIOConcurrencyHelpers

/// What a page read from the database, kept in this process under the change stamp it
/// was read at. A reader asks with the stamp it has just read (one small query); a
/// different stamp means something changed, here or in another instance, and the value
/// is read again. A value read while a change commits may be newer than its stamp, never
/// older, and the database's stamp has by then moved past it, so nothing stale is served.
///
/// Bounded by an estimate of bytes: past the limit the least recently used quarter goes.
public final class StampedCache: Sendable {
    public struct Key: Hashable, Sendable {
        public var kind: String
        public var id: UUID
        public init(_ kind: String, _ id: UUID) { (self.kind, self.id) = (kind, id) }
    }

    private struct Entry {
        var stamp: any Hashable & Sendable
        var value: any Sendable
        var cost: Int
        var used: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var cost = 0
        var clock: UInt64 = 0
        var hits = 0
        var misses = 0
    }

    public let costLimit: Int
    private let state = NIOLockedValueBox(State())

    public init(costLimit: Int = 64 * 1024 * 1024) {
        self.costLimit = costLimit
    }

    /// The value kept for `key` at `stamp`, else `load()`'s, which is kept. Two requests
    /// that miss together both load; the second to finish is kept.
    public func value<Stamp: Hashable & Sendable, Value: Sendable>(
        _ key: Key, stamp: Stamp, cost: (Value) -> Int = { _ in 4096 }, load: () async throws -> Value
    ) async throws -> Value {
        if let kept: Value = lookUp(key, stamp: stamp) { return kept }
        let value = try await load()
        store(key, stamp: stamp, value: value, cost: max(1, cost(value)))
        return value
    }

    public var counts: (hits: Int, misses: Int, entries: Int, cost: Int) {
        state.withLockedValue { ($0.hits, $0.misses, $0.entries.count, $0.cost) }
    }

    private func lookUp<Stamp: Hashable & Sendable, Value>(_ key: Key, stamp: Stamp) -> Value? {
        state.withLockedValue { state in
            state.clock += 1
            guard var entry = state.entries[key], (entry.stamp as? Stamp) == stamp, let value = entry.value as? Value else {
                state.misses += 1
                return nil
            }
            entry.used = state.clock
            state.entries[key] = entry
            state.hits += 1
            return value
        }
    }

    private func store(_ key: Key, stamp: any Hashable & Sendable, value: any Sendable, cost: Int) {
        guard cost <= costLimit / 4 else { return }
        state.withLockedValue { state in
            state.clock += 1
            if let old = state.entries.updateValue(Entry(stamp: stamp, value: value, cost: cost, used: state.clock), forKey: key) {
                state.cost -= old.cost
            }
            state.cost += cost
            guard state.cost > costLimit else { return }
            let byAge = state.entries.sorted { $0.value.used < $1.value.used }
            for (oldKey, entry) in byAge.prefix(max(1, byAge.count / 4)) {
                state.entries[oldKey] = nil
                state.cost -= entry.cost
            }
        }
    }
}
