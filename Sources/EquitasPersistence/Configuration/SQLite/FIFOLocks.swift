import NIOConcurrencyHelpers

/// Async locks by name, each handed to its waiters first come, first served. SQLite's
/// writers queue on one (`SQLiteWriterDatabase`): its own busy handler retries by
/// sleeping, so a writer that keeps coming back can starve another past any timeout;
/// a queue cannot. The web layer keeps one per resource for If-Match checks. A name's
/// entry is dropped when nobody holds or waits for it.
public final class FIFOLocks: Sendable {
    private struct Entry {
        var held = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }
    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    public init() {}

    public func holding<T: Sendable>(_ key: String, _ body: () async throws -> T) async throws -> T {
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
