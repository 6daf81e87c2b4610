import NIOConcurrencyHelpers

/// One load under way in `StampedCache` for a key at a stamp, which other requests that
/// miss the same key at an equal stamp wait for instead of loading too.
///
/// The load itself runs in the task of the request that started it (its closure cannot
/// escape that request); this only hands its outcome to the others. It remembers the
/// outcome, so a waiter that arrives after the load ended is answered at once.
final class CacheFlight: Sendable {
    enum Outcome: Sendable {
        case value(any Sendable)
        /// The load threw or its task was cancelled: each waiter tries again.
        case failed
    }

    private struct State {
        var outcome: Outcome?
        var waiters: [Int: CheckedContinuation<Outcome?, Never>] = [:]
        /// Waiters cancelled before they were listed, so that they do not wait after all.
        var cancelledEarly: Set<Int> = []
        var lastWaiter = 0
    }

    private let state = NIOLockedValueBox(State())

    /// The load's outcome, or nil at once if the waiting task is cancelled: the load goes
    /// on for whoever else waits.
    func outcome() async -> Outcome? {
        let waiter = state.withLockedValue { state in
            state.lastWaiter += 1
            return state.lastWaiter
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Outcome?, Never>) in
                let ready: Outcome?? = state.withLockedValue { state in
                    if let outcome = state.outcome { return .some(outcome) }
                    if state.cancelledEarly.remove(waiter) != nil { return .some(nil) }
                    state.waiters[waiter] = continuation
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            let listed = state.withLockedValue { state -> CheckedContinuation<Outcome?, Never>? in
                if let continuation = state.waiters.removeValue(forKey: waiter) { return continuation }
                // Not listed yet (or already answered): stop it from waiting when it is.
                if state.outcome == nil { state.cancelledEarly.insert(waiter) }
                return nil
            }
            listed?.resume(returning: nil)
        }
    }

    /// Answers everyone waiting, and anyone who asks later. Called once, by the loader.
    func finish(_ outcome: Outcome) {
        let waiters = state.withLockedValue { state in
            state.outcome = outcome
            state.cancelledEarly = []
            defer { state.waiters = [:] }
            return state.waiters
        }
        for continuation in waiters.values { continuation.resume(returning: outcome) }
    }
}
