import NIOConcurrencyHelpers
import Vapor

/// One write at a time per resource path within this instance, for the If-Match check
/// and the write it guards (`ConditionalRequestMiddleware`). Writers to other resources
/// never wait; a path's entry is dropped when nobody holds or waits for it.
final class ResourceLocks: Sendable {
    private struct Entry {
        var held = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }
    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    func holding<T: Sendable>(_ key: String, _ body: () async throws -> T) async throws -> T {
        await acquire(key)
        do {
            let result = try await body()
            release(key)
            return result
        } catch {
            release(key)
            throw error
        }
    }

    private func acquire(_ key: String) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = entries.withLockedValue { entries -> Bool in
                var entry = entries[key] ?? Entry()
                defer { entries[key] = entry }
                if entry.held {
                    entry.waiting.append(continuation)
                    return false
                }
                entry.held = true
                return true
            }
            if now { continuation.resume() }
        }
    }

    private func release(_ key: String) {
        let next = entries.withLockedValue { entries -> CheckedContinuation<Void, Never>? in
            guard var entry = entries[key] else { return nil }
            if entry.waiting.isEmpty {
                entries[key] = nil
                return nil
            }
            let first = entry.waiting.removeFirst()
            entries[key] = entry
            return first  // stays held, handed to the next writer
        }
        next?.resume()
    }
}

extension Application {
    private struct ResourceLocksKey: StorageKey { typealias Value = ResourceLocks }

    var resourceLocks: ResourceLocks {
        get {
            guard let locks = storage[ResourceLocksKey.self] else { fatalError("configure(_:_:) has not run") }
            return locks
        }
        set { storage[ResourceLocksKey.self] = newValue }
    }
}
