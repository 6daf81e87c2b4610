import EquitasCore
import SQLKit

/// How many entries of the library hold each word, counted only up to `cap`: enough to
/// tell a finding's rare words from its common ones for "similar practice" (a word in two
/// thousand entries is common either way). One statement, and each count stops at the
/// cap, so a common word costs no more than a rare one.
struct LibraryWordCounts {
    static let cap = 2_000
    let sql: any SQLDatabase

    func entries(holding words: [String]) async throws -> [Int] {
        guard !words.isEmpty else { return [] }
        let postgres = sql.dialect.name == "postgresql"
        var union: SQLQueryString = ""
        for (index, word) in words.enumerated() {
            let single = LibraryQuery(parts: [.word(word)])
            let holding: SQLQueryString = postgres
                ? "SELECT 1 FROM library_search_entries WHERE document @@ to_tsquery('english', \(bind: LibraryMatchExpression.tsquery(single)))"
                : "SELECT 1 FROM library_search_text WHERE library_search_text MATCH \(bind: "{text} : (\(LibraryMatchExpression.fts5(single)))")"
            if index > 0 { union += " UNION ALL " }
            union += "SELECT \(literal: index) AS word, count(*) AS n FROM (\(holding) LIMIT \(literal: Self.cap)) AS held\(literal: index)"
        }
        var counts = [Int](repeating: 0, count: words.count)
        for row in try await sql.raw(union).all() {
            counts[try row.decode(column: "word", as: Int.self)] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}
