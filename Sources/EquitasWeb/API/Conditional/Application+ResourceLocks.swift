import EquitasPersistence
import Vapor

extension Application {
    private struct ResourceLocksKey: StorageKey { typealias Value = FIFOLocks }

    /// One write at a time per resource path in this instance, for the If-Match check and
    /// the write it guards (`ConditionalRequestMiddleware`).
    var resourceLocks: FIFOLocks {
        get {
            guard let locks = storage[ResourceLocksKey.self] else { fatalError("configure(_:_:) has not run") }
            return locks
        }
        set { storage[ResourceLocksKey.self] = newValue }
    }
}
