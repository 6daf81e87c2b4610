import EquitasPersistence
import Vapor

extension Application {
    private struct KeptReadsKey: StorageKey { typealias Value = KeptReads }

    /// The PostgreSQL kept reads' own connections, set by `configure` (nil on SQLite):
    /// the session read of every signed-in request runs on them without making a
    /// database value (`SessionStore.init(db:kept:)`).
    var keptReads: KeptReads? {
        get { storage[KeptReadsKey.self] }
        set { storage[KeptReadsKey.self] = newValue }
    }
}
