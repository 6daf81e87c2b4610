import Foundation

/// How Equitas runs SQLite so that many people can write at once (issue 17).
///
/// - **WAL**: readers never wait for the writer and the writer never waits for readers;
///   only writers queue for each other.
/// - **A busy timeout**: a writer that finds another writing sleeps and tries again for up
///   to `busyTimeoutMilliseconds`, instead of failing at once (or, with SQLiteNIO's own
///   handler, spinning a thread at full speed for ever).
/// - **`BEGIN IMMEDIATE`**: a transaction takes the write lock when it begins. Fluent's
///   deferred `BEGIN` takes it at the first write, and two transactions that both read and
///   then write deadlock there: SQLite refuses one at once, whatever the timeout.
/// - **Threads of its own**: SQLite's calls block a thread, and the shared blocking pool
///   has one thread per core, which bcrypt checks also use. A burst of sign-ins filled it
///   and queries waited behind the hashes until the connection pool gave up.
public enum SQLiteTuning {
    /// How long a write waits for another writer before the request is answered 503.
    public static let busyTimeoutMilliseconds = 15_000
    /// How long a request waits for a connection from the pool.
    public static let connectionWaitSeconds: Int64 = 60
    /// Threads for SQLite's blocking calls: one per connection (Fluent keeps one per
    /// event loop) and as many again, so a connection waiting on the lock never stops the
    /// one holding it from finishing.
    public static func threadCount(eventLoops: Int) -> Int { max(4, eventLoops * 2) }

    /// Run on each connection before its first use. `synchronous` stays FULL (the
    /// default): an acknowledged write survives a power cut, which is what the write
    /// benchmark's read-back checks.
    ///
    /// Reads (issue 21): the database file is memory-mapped, so a page already in the
    /// operating system's cache is read where it lies, shared by every connection, rather
    /// than copied into each connection's own cache; and that cache holds 32 MB rather
    /// than SQLite's default 2 MB, enough for the full-text index's hot pages.
    static let connectionPragmas = [
        "PRAGMA busy_timeout = \(busyTimeoutMilliseconds)",
        "PRAGMA journal_mode = WAL",
        "PRAGMA mmap_size = \(mmapBytes)",
        "PRAGMA cache_size = -32768",
    ]

    /// Run on each kept read connection (`SQLiteReadConnection`): it never writes, and
    /// reads through the same memory map. Its busy timeout is zero, set apart: a read that
    /// would wait goes through the pool instead.
    static let readPragmas = [
        "PRAGMA query_only = ON",
        "PRAGMA mmap_size = \(mmapBytes)",
    ]

    /// How much of the file is mapped: a library of a million findings is under 1 GB.
    public static let mmapBytes = 2 << 30
}
