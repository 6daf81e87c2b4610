import FluentKit
import SQLKit

/// Upkeep of the library's full-text index. FTS5 writes each transaction's entries as a
/// new segment and merges them a few at a time (its automerge). A bulk write — a
/// restore, or the search benchmark's million findings — leaves many (20 for the
/// benchmark), and every lookup of a word then seeks in each: marking a page of 20
/// results took 15 ms over 20 segments and 0.2 ms over one. So bulk writers end by
/// merging the index into one segment.
public struct LibrarySearchIndex: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    /// Merges the SQLite index into one segment (seconds for a million entries; the
    /// index stays readable meanwhile). PostgreSQL's GIN index needs nothing.
    public func optimize() async throws {
        let sql = try SQLAccess.sql(db)
        guard sql.dialect.name != "postgresql" else { return }
        try await sql.raw("INSERT INTO library_search_text (library_search_text) VALUES ('optimize')").run()
    }
}
