import Foundation
import NIOConcurrencyHelpers

/// What a page read from the database, kept in this process under the change stamp it
/// was read at. A reader asks with the stamp it has just read (one small query); a
/// different stamp means something changed, here or in another instance, and the value
/// is read again. A value read while a change commits may be newer than its stamp, never
/// older, and the database's stamp has by then moved past it, so nothing stale is served.
///
/// Requests that miss together load once (ADR 0004, issue 21 follow-up): the first to
/// miss a key at a stamp loads, in its own task, and others that miss the same key at an
/// equal stamp wait for that load and take its value. A different stamp never shares a
/// load. If the load throws or its task is cancelled, its error goes to its own request
/// only: the waiters try again, so one of them takes the load over and the rest wait for
/// it; should that fail too, each loads alone, as before sharing. A waiter whose own task
/// is cancelled stops waiting at once and leaves the load running. The table of loads
/// under way holds one entry per load, removed as it ends. A load must not ask the cache
/// for its own key and stamp (it would wait for itself); none does.
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
        var flights: [StampedCacheFlightKey: CacheFlight] = [:]
        var cost = 0
        var clock: UInt64 = 0
        var hits = 0
        var misses = 0
        var waits = 0
    }

    /// What a request that asks does next.
    private enum Claim<Value> {
        case kept(Value)
        case lead(CacheFlight)
        case wait(CacheFlight)
    }

    public let costLimit: Int
    private let state = NIOLockedValueBox(State())

    /// How many loads a request waits for (the first, then one taken over by a waiter)
    /// before it loads alone.
    static let sharedAttempts = 2

    public init(costLimit: Int = 64 * 1024 * 1024) {
        self.costLimit = costLimit
    }

    /// The value kept for `key` at `stamp`, else the value of the load under way for
    /// them, else `load()`'s, which is kept.
    public func value<Stamp: Hashable & Sendable, Value: Sendable>(
        _ key: Key, stamp: Stamp, cost: (Value) -> Int = { _ in 4096 }, load: () async throws -> Value
    ) async throws -> Value {
        // A hit, the common case on a busy page, is answered before a flight's key is made.
        if let kept: Value = state.withLockedValue({ Self.hit(key, stamp: stamp, in: &$0) }) { return kept }
        let flightKey = StampedCacheFlightKey(key, stamp: stamp, value: Value.self)
        for _ in 0..<Self.sharedAttempts {
            switch claim(key, stamp: stamp, flightKey) as Claim<Value> {
            case .kept(let value):
                return value
            case .lead(let flight):
                return try await lead(flight, flightKey, cost: cost, load: load)
            case .wait(let flight):
                switch await flight.outcome() {
                case .value(let value as Value)?:
                    state.withLockedValue { $0.hits += 1 }
                    return value
                case nil:
                    throw CancellationError()
                case .failed?, .value?:
                    continue
                }
            }
        }
        state.withLockedValue { $0.misses += 1 }
        let value = try await load()
        keep(flightKey, value: value, cost: cost, landing: nil)
        return value
    }

    /// Running totals: `hits` answered without loading (kept, or another request's load
    /// waited for), `misses` loads run, `waits` requests that waited for another's load
    /// (each counted as a hit too once it had the value); then what is kept now, and how
    /// many loads are under way.
    public var counts: (hits: Int, misses: Int, waits: Int, entries: Int, cost: Int, loading: Int) {
        state.withLockedValue { ($0.hits, $0.misses, $0.waits, $0.entries.count, $0.cost, $0.flights.count) }
    }

    /// The value kept for `key` at `stamp`, marked as used and counted as a hit.
    private static func hit<Stamp: Hashable & Sendable, Value>(_ key: Key, stamp: Stamp, in state: inout State) -> Value? {
        state.clock += 1
        guard var entry = state.entries[key], (entry.stamp as? Stamp) == stamp, let value = entry.value as? Value else { return nil }
        entry.used = state.clock
        state.entries[key] = entry
        state.hits += 1
        return value
    }

    /// In one turn of the lock: the kept value, or the load under way to wait for, or a
    /// new load for this request to run, listed so that others wait for it.
    private func claim<Stamp: Hashable & Sendable, Value>(_ key: Key, stamp: Stamp, _ flightKey: StampedCacheFlightKey) -> Claim<Value> {
        state.withLockedValue { state in
            if let value: Value = Self.hit(key, stamp: stamp, in: &state) { return .kept(value) }
            if let flight = state.flights[flightKey] {
                state.waits += 1
                return .wait(flight)
            }
            let flight = CacheFlight()
            state.flights[flightKey] = flight
            state.misses += 1
            return .lead(flight)
        }
    }

    /// Runs the load others wait for; whatever happens, the flight is taken off the table
    /// and its waiters answered, so that none waits for ever.
    private func lead<Value: Sendable>(
        _ flight: CacheFlight, _ flightKey: StampedCacheFlightKey, cost: (Value) -> Int, load: () async throws -> Value
    ) async throws -> Value {
        let value: Value
        do {
            value = try await load()
        } catch {
            state.withLockedValue { state in
                if state.flights[flightKey] === flight { state.flights[flightKey] = nil }
            }
            flight.finish(.failed)
            throw error
        }
        keep(flightKey, value: value, cost: cost, landing: flight)
        flight.finish(.value(value))
        return value
    }

    /// Keeps the value and ends its flight in the same turn of the lock, so that a request
    /// arriving just then finds one or the other.
    private func keep<Value: Sendable>(_ flightKey: StampedCacheFlightKey, value: Value, cost: (Value) -> Int, landing flight: CacheFlight?) {
        let cost = max(1, cost(value))
        state.withLockedValue { state in
            if let flight, state.flights[flightKey] === flight { state.flights[flightKey] = nil }
            guard cost <= costLimit / 4 else { return }
            Self.store(flightKey.key, stamp: flightKey.stamp, value: value, cost: cost, limit: costLimit, in: &state)
        }
    }

    private static func store(_ key: Key, stamp: any Hashable & Sendable, value: any Sendable, cost: Int, limit: Int, in state: inout State) {
        state.clock += 1
        if let old = state.entries.updateValue(Entry(stamp: stamp, value: value, cost: cost, used: state.clock), forKey: key) {
            state.cost -= old.cost
        }
        state.cost += cost
        guard state.cost > limit else { return }
        let byAge = state.entries.sorted { $0.value.used < $1.value.used }
        for (oldKey, entry) in byAge.prefix(max(1, byAge.count / 4)) {
            state.entries[oldKey] = nil
            state.cost -= entry.cost
        }
    }
}
