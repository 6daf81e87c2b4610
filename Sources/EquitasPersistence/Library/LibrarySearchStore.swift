import EquitasCore
import FluentKit
import Foundation
import SQLKit

/// Searches the full-text index of findings and recommendations (M0035). A search runs
/// in short steps so that the costly parts touch little: find the newest 1,000 matches,
/// and rank and page those; mark the matches in that
/// page's text; load the page's challenges. Ranking only the newest 1,000 is what keeps
/// a common word fast in a library of a million findings: past that many, a person
/// narrows the search rather than reads on.
public struct LibrarySearchStore: Sendable {
    public let db: any Database
    /// SQLite: the filters as tokens of the index (M0042). False checks them row by row as
    /// before it, which the search benchmark uses to show both give the same results.
    public let filtersInIndex: Bool

    public init(db: any Database, filtersInIndex: Bool = true) {
        self.db = db
        self.filtersInIndex = filtersInIndex
    }

    public func search(
        _ query: LibraryQuery, filter: LibrarySearchFilter = LibrarySearchFilter(), visibility: LibraryVisibility,
        page: EquitasCore.PageRequest
    ) async throws -> LibrarySearchResults {
        let sql = try SQLAccess.sql(db)
        let dialect = LibrarySearchDialect(sql: sql, query: query, filter: filter, visibility: visibility, filtersInIndex: filtersInIndex)
        let limit = LibrarySearchResults.countLimit
        let (pageOfEntries, counted) = try await dialect.isPostgres
            ? rankedPostgres(dialect, page: page, sql: sql) : rankedSQLite(dialect, page: page, sql: sql)
        let hits = try await self.hits(pageOfEntries, dialect: dialect, sql: sql)
        return LibrarySearchResults(
            query: query, hits: hits, page: page.page, per: page.per, total: min(counted, limit), totalIsAtLeast: counted > limit)
    }

    /// PostgreSQL: the newest matches (so the scan stops early instead of ranking every
    /// match of a common word), ranked in the two blocks `LibrarySearchResults.firstRanked`
    /// describes; one page of them comes back, each row with how many there are (up to
    /// one past the limit, to say "at least").
    private func rankedPostgres(_ dialect: LibrarySearchDialect, page: EquitasCore.PageRequest, sql: any SQLDatabase) async throws -> (page: [Int], counted: Int) {
        let limit = LibrarySearchResults.countLimit
        let rows = try await sql.raw("""
            SELECT entry, total FROM (SELECT entry, score, count(*) OVER () AS total, row_number() OVER (ORDER BY entry DESC) AS newest \
            FROM (\(dialect.candidates(limit: limit + 1))) AS found) AS counted WHERE newest <= \(literal: limit) \
            ORDER BY newest > \(literal: LibrarySearchResults.firstRanked), score DESC, entry DESC LIMIT \(literal: page.per) OFFSET \(literal: page.offset)
            """).all()
        var counted = try rows.first?.decode(column: "total", as: Int.self) ?? 0
        if rows.isEmpty, page.offset > 0 {
            // A page past the end: the count alone.
            counted = try await sql.raw("SELECT count(*) AS n FROM (\(dialect.candidates(limit: limit + 1))) AS found")
                .first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return (try rows.map { try $0.decode(column: "entry", as: Int.self) }, counted)
    }

    /// SQLite, in two steps, because FTS5's `bm25()` first counts every row that holds
    /// each term of its query — a filter token such as the public's "published" is in
    /// nine entries of ten, and counting it cost more than all the rest of a search.
    /// First the newest matches that pass the filters, without relevance: the index
    /// yields them newest first and stops at the limit, and how many came back is the
    /// count. Then those, and only those, ranked by the words alone (the same scores: the
    /// filter column weighs nothing), through the stretch of the index they lie in, in
    /// the two blocks `LibrarySearchResults.firstRanked` describes.
    private func rankedSQLite(_ dialect: LibrarySearchDialect, page: EquitasCore.PageRequest, sql: any SQLDatabase) async throws -> (page: [Int], counted: Int) {
        let limit = LibrarySearchResults.countLimit, first = LibrarySearchResults.firstRanked
        let found = try await sql.raw("\(dialect.newest(limit: limit + 1))").all().map { try $0.decode(column: "entry", as: Int.self) }
        let ranked = found.prefix(limit)
        var skip = page.offset, wanted = page.per, entries: [Int] = []
        for block in [ranked.prefix(first), ranked.dropFirst(first)] where wanted > 0 {
            guard skip < block.count else { skip -= block.count; continue }
            let rows = try await rank(Array(block), dialect: dialect, limit: wanted, offset: skip, sql: sql)
            entries += rows
            wanted -= rows.count
            skip = 0
        }
        return (entries, found.count)
    }

    /// These entries, newest first, best first; one page of them.
    private func rank(_ entries: [Int], dialect: LibrarySearchDialect, limit: Int, offset: Int, sql: any SQLDatabase) async throws -> [Int] {
        guard let newest = entries.first, let oldest = entries.last else { return [] }
        return try await sql.raw("""
            SELECT library_search_text.rowid AS entry, \(dialect.score) AS score FROM library_search_text \
            WHERE \(dialect.textMatch) AND library_search_text.rowid BETWEEN \(bind: oldest) AND \(bind: newest) \
            AND +library_search_text.rowid IN (\(binds: entries)) \
            ORDER BY score DESC, entry DESC LIMIT \(literal: limit) OFFSET \(literal: offset)
            """).all().map { try $0.decode(column: "entry", as: Int.self) }
    }

    /// "Similar practice elsewhere": the entries of other challenges that share most of
    /// this one's rarest telling words. Nil when the entry is unknown or not the actor's to see,
    /// which callers answer as not found.
    public func similar(to id: UUID, visibility: LibraryVisibility, limit: Int = 10) async throws -> (origin: LibrarySearchHit, similar: [LibrarySearchHit])? {
        let sql = try SQLAccess.sql(db)
        let visible = Self.conditions(LibrarySearchFilter(), visibility)
        // Looked up by its key, so the visibility is checked as a condition on both databases.
        guard
            let row = try await sql.raw(
                "SELECT e.entry, e.challenge_id, e.text FROM library_search_entries e JOIN challenges c ON c.id = e.challenge_id WHERE e.source_id = \(bind: id)\(visible)"
            ).first()
        else { return nil }
        let entry = try row.decode(column: "entry", as: Int.self)
        let challenge = try row.decode(column: "challenge_id", as: UUID.self)
        let text = try row.decode(column: "text", as: String.self)
        guard let origin = try await hits([entry], dialect: nil, sql: sql).first else { return nil }
        // The rarest few of its telling words (of the longest dozen), by how many entries hold each.
        let words = Array(LibraryQuery.tellingWords(in: text).prefix(LibraryQuery.maximumParts))
        let counts = try await LibraryWordCounts(sql: sql).entries(holding: words)
        guard let query = LibraryQuery.similar(choosingFrom: Array(zip(words, counts).map { (word: $0, entries: $1) })) else { return (origin, []) }
        let page = try EquitasCore.PageRequest(page: 1, per: limit)
        let found = try await search(query, filter: LibrarySearchFilter(excludingChallenge: challenge), visibility: visibility, page: page)
        return (origin, found.hits)
    }

    /// The WHERE conditions after the match, each starting with AND.
    static func conditions(_ filter: LibrarySearchFilter, _ visibility: LibraryVisibility) -> SQLQueryString {
        var where_: SQLQueryString = ""
        switch visibility {
        case .everything:
            where_ += " AND 1 = 1"
        case .published(let also) where also.isEmpty:
            where_ += " AND c.status = \(bind: ChallengeStatus.published.rawValue)"
        case .published(let also):
            where_ += " AND (c.status = \(bind: ChallengeStatus.published.rawValue) OR c.id IN (\(binds: also.sorted { $0.uuidString < $1.uuidString })))"
        }
        if let module = filter.module { where_ += " AND e.module_id = \(bind: module)" }
        if let kind = filter.kind { where_ += " AND e.kind = \(bind: kind.rawValue)" }
        if let framework = filter.framework { where_ += " AND c.framework_id = \(bind: framework)" }
        if let excluded = filter.excludingChallenge { where_ += " AND e.challenge_id <> \(bind: excluded)" }
        if let year = filter.year {
            // Dates are YYYY-MM-DD text; a challenge without dates counts from when it was recorded.
            where_ += " AND COALESCE(c.start_date, c.created_at) LIKE \(bind: "\(year)-%")"
        }
        if let level = filter.level {
            where_ += """
                 AND EXISTS (SELECT 1 FROM challenge_modules cm WHERE cm.challenge_id = e.challenge_id \
                AND cm.level = \(bind: level) AND (e.module_id IS NULL OR cm.module_id = e.module_id))
                """
        }
        if let type = filter.organisationType {
            where_ += """
                 AND EXISTS (SELECT 1 FROM challenge_organisations co JOIN organisations o ON o.id = co.organisation_id \
                WHERE co.challenge_id = e.challenge_id AND o.type = \(bind: type))
                """
        }
        return where_
    }

    /// The page's entries with their matches marked (none marked without a query), in the given order.
    private func hits(_ entries: [Int], dialect: LibrarySearchDialect?, sql: any SQLDatabase) async throws -> [LibrarySearchHit] {
        guard !entries.isEmpty else { return [] }
        let marked = dialect?.marked ?? "e.text"
        let from = dialect?.from ?? "library_search_entries e"
        let match = dialect?.textMatch ?? "1 = 1"
        // The page's keys as the index's own (SQLite): FTS5 then looks each up, where the
        // entries' key had it walk every match of the words and join each (165 ms for "staff").
        let key: SQLQueryString = dialect.map { $0.isPostgres ? "e.entry" : "library_search_text.rowid" } ?? "e.entry"
        let rows = try await sql.raw(
            "SELECT e.entry, e.source_id, e.challenge_id, e.kind, e.module_id, e.organisation_id, e.number, e.text, \(marked) AS marked FROM \(from) WHERE \(match) AND \(key) IN (\(binds: entries))"
        ).all()
        let challenges = try await LibraryChallengeSummaries(sql: sql).load(Set(try rows.map { try $0.decode(column: "challenge_id", as: UUID.self) }))
        var byEntry: [Int: LibrarySearchHit] = [:]
        for row in rows {
            let kindText = try row.decode(column: "kind", as: String.self)
            guard let kind = LibraryEntryKind(rawValue: kindText) else { throw CorruptColumn(table: "library_search_entries", column: "kind", value: kindText) }
            let challengeId = try row.decode(column: "challenge_id", as: UUID.self)
            guard let challenge = challenges[challengeId] else { continue }
            byEntry[try row.decode(column: "entry", as: Int.self)] = LibrarySearchHit(
                id: try row.decode(column: "source_id", as: UUID.self), kind: kind,
                module: try row.decode(column: "module_id", as: String?.self), number: try row.decode(column: "number", as: Int?.self),
                text: try row.decode(column: "text", as: String.self),
                highlighted: HighlightedText(marked: try row.decode(column: "marked", as: String.self)),
                organisationId: try row.decode(column: "organisation_id", as: UUID?.self), challenge: challenge)
        }
        return entries.compactMap { byEntry[$0] }
    }
}

/// What differs between the two databases' full-text search.
struct LibrarySearchDialect {
    let from: SQLQueryString
    /// The words alone: what marks the matches in a page's text.
    let textMatch: SQLQueryString
    /// The words, and on SQLite the filters as index tokens (M0042).
    let match: SQLQueryString
    /// The filters not in `match`, checked on each match's row and challenge.
    let conditions: SQLQueryString
    /// SQLite: every filter is in `match`, so the candidates need no join.
    let allInIndex: Bool
    let marked: SQLQueryString
    /// Relevance, higher is better.
    let score: SQLQueryString
    let isPostgres: Bool

    init(
        sql: any SQLDatabase, query: LibraryQuery, filter: LibrarySearchFilter = LibrarySearchFilter(), visibility: LibraryVisibility = .everything,
        filtersInIndex: Bool = true
    ) {
        let open = String(HighlightedText.openMark), close = String(HighlightedText.closeMark)
        isPostgres = sql.dialect.name == "postgresql"
        if isPostgres {
            let expression = LibraryMatchExpression.tsquery(query)
            from = "library_search_entries e"
            match = "e.document @@ to_tsquery('english', \(bind: expression))"
            textMatch = match
            conditions = LibrarySearchStore.conditions(filter, visibility)
            allInIndex = false
            score = "ts_rank(document, to_tsquery('english', \(bind: expression)))"
            marked = "ts_headline('english', e.text, to_tsquery('english', \(bind: expression)), \(bind: "StartSel=\(open), StopSel=\(close), HighlightAll=true"))"
        } else {
            let expression = LibraryMatchExpression.fts5(query)
            let facets = filtersInIndex ? LibraryFacets(filter, visibility) : LibraryFacets(remaining: filter, visibility)
            // FTS5 wants the table's own name, unaliased, on MATCH and in its functions.
            from = "library_search_text JOIN library_search_entries e ON e.entry = library_search_text.rowid"
            match = "library_search_text MATCH (\(facets.expression(text: expression)))"
            textMatch = "library_search_text MATCH \(bind: "{text} : (\(expression))")"
            let remaining = facets.remaining
            allInIndex = remaining == LibrarySearchFilter() && facets.remainingVisibility == .everything
            conditions = allInIndex ? "" : LibrarySearchStore.conditions(remaining, facets.remainingVisibility)
            // The facets column weighs nothing: relevance is the text's alone, as before M0042.
            score = "-bm25(library_search_text, 1.0, 0.0)"
            marked = "highlight(library_search_text, 0, \(bind: open), \(bind: close))"
        }
    }

    /// PostgreSQL: the newest `limit` matching entries that pass the filters, with their
    /// relevance, which is worked out only for the rows the inner query keeps.
    func candidates(limit: Int) -> SQLQueryString {
        """
        SELECT entry, \(score) AS score FROM (SELECT e.entry, e.document FROM \(from) JOIN challenges c ON c.id = e.challenge_id \
        WHERE \(match)\(conditions) ORDER BY e.entry DESC LIMIT \(literal: limit)) AS newest
        """
    }

    /// SQLite: the newest `limit` matching entries that pass the filters, newest first,
    /// without relevance. The index yields matches in entry order, so the scan stops at
    /// the limit, and with every filter in the index it never reads a row of the tables.
    func newest(limit: Int) -> SQLQueryString {
        if allInIndex {
            return """
                SELECT library_search_text.rowid AS entry FROM library_search_text \
                WHERE \(match) ORDER BY library_search_text.rowid DESC LIMIT \(literal: limit)
                """
        }
        return """
            SELECT e.entry FROM \(from) JOIN challenges c ON c.id = e.challenge_id \
            WHERE \(match)\(conditions) ORDER BY library_search_text.rowid DESC LIMIT \(literal: limit)
            """
    }
}
