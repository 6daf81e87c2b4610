import FluentSQLiteDriver

/// A write that could not get SQLite's lock within `SQLiteTuning.busyTimeoutMilliseconds`.
/// Not a fault: the request may simply be tried again, so the web layer answers 503 with
/// `Retry-After` rather than 500.
public enum DatabaseBusy {
    public static func matches(_ error: any Error) -> Bool {
        guard let sqlite = error as? SQLiteError else { return false }
        switch sqlite.reason {
        case .busy, .locked, .busyTimeout, .busyInSnapshot, .busyInRecovery, .lockedBySharedCache: return true
        default: return false
        }
    }
}
