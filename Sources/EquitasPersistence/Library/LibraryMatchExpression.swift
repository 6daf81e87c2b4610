import EquitasCore

/// A library query in each database's own full-text syntax. The query's words are
/// letters and digits only (LibraryWords makes them so), which is what lets them be
/// placed in these expressions; they are still passed as bound values, never spliced
/// into SQL.
enum LibraryMatchExpression {
    /// SQLite FTS5: each word quoted as a string, a phrase as one quoted string.
    static func fts5(_ query: LibraryQuery) -> String {
        query.parts.map { part in
            switch part {
            case .word(let word): return "\"\(word)\""
            case .phrase(let words): return "\"\(words.joined(separator: " "))\""
            }
        }.joined(separator: query.matchesAny ? " OR " : " AND ")
    }

    /// PostgreSQL to_tsquery: `&` or `|` between parts, `<->` within a phrase.
    static func tsquery(_ query: LibraryQuery) -> String {
        query.parts.map { part in
            switch part {
            case .word(let word): return word
            case .phrase(let words): return "(" + words.joined(separator: " <-> ") + ")"
            }
        }.joined(separator: query.matchesAny ? " | " : " & ")
    }
}
