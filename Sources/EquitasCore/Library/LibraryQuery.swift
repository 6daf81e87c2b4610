import Foundation

/// What someone typed into the library's search box, reduced to the words and quoted
/// phrases that a full-text index can look for. Both databases are asked the same
/// question: every word and phrase must appear (stemmed, so "monitor" finds
/// "monitoring"). Words so common that they would match nearly everything are dropped,
/// so "what did councils do about sexual orientation monitoring" asks for the last three.
public struct LibraryQuery: Hashable, Sendable {
    public enum Part: Hashable, Sendable {
        case word(String)
        /// Words that must appear together, in order.
        case phrase([String])
    }

    public static let maximumLength = 300
    /// More words than this make a slow query and never a better answer.
    public static let maximumParts = 12

    public let parts: [Part]
    /// Whether any one part is enough (similar practice) rather than every part.
    public let matchesAny: Bool

    public init(parts: [Part], matchesAny: Bool = false) {
        self.parts = parts
        self.matchesAny = matchesAny
    }

    /// Reads a search box. Text in double quotes is a phrase; everything else is words.
    public static func parse(_ text: String, path: String = "q") throws(ValidationFailure) -> LibraryQuery {
        guard text.count <= maximumLength else {
            throw ValidationFailure(path: path, message: "a search is at most \(maximumLength) characters; this one has \(text.count)")
        }
        var parts: [Part] = []
        for (index, piece) in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            let words = LibraryWords.significant(in: String(piece))
            // Odd pieces sat between quotes (an unclosed quote simply runs to the end).
            if index % 2 == 1, words.count > 1 {
                parts.append(.phrase(words))
            } else {
                parts.append(contentsOf: words.map(Part.word))
            }
        }
        var seen = Set<Part>()
        parts = parts.filter { seen.insert($0).inserted }
        guard !parts.isEmpty else {
            throw ValidationFailure(
                path: path, message: "give at least one word to search for (very common words such as \"the\" or \"council\" are left out)")
        }
        guard parts.count <= maximumParts else {
            throw ValidationFailure(path: path, message: "a search is at most \(maximumParts) words or phrases; this one has \(parts.count)")
        }
        return LibraryQuery(parts: parts)
    }

    /// A finding's candidate telling words: longer than three letters, each once, the
    /// longest first (earlier first among equals).
    public static func tellingWords(in text: String) -> [String] {
        var seen = Set<String>()
        let words = LibraryWords.significant(in: text).filter { $0.count > 3 && seen.insert($0).inserted }
        return words.enumerated()
            .sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }
            .map(\.element)
    }

    /// "Similar practice elsewhere" from the candidate words and how many entries of the
    /// library hold each: the rarest `limit`, any of which may match, so the best-ranked
    /// share the most telling of them. A word no other entry holds finds nothing and is
    /// left out; among equally common words the earlier (longer) one wins. Fewer, rarer
    /// words are both the better question and the cheaper one: relevance weighs each word
    /// by counting every entry that holds it. Nil when no word is left.
    public static func similar(choosingFrom words: [(word: String, entries: Int)], words limit: Int = 4) -> LibraryQuery? {
        let chosen = words.enumerated().filter { $0.element.entries > 1 }
            .sorted { ($0.element.entries, $0.offset) < ($1.element.entries, $1.offset) }
            .prefix(limit).map(\.element.word)
        return chosen.isEmpty ? nil : LibraryQuery(parts: chosen.map(Part.word), matchesAny: true)
    }

    /// Every word the query looks for, for highlighting and for tests.
    public var words: [String] {
        parts.flatMap { part -> [String] in
            switch part {
            case .word(let word): return [word]
            case .phrase(let words): return words
            }
        }
    }

    /// The query as a person would type it again (phrases quoted).
    public var text: String {
        parts.map { part in
            switch part {
            case .word(let word): return word
            case .phrase(let words): return "\"\(words.joined(separator: " "))\""
            }
        }.joined(separator: matchesAny ? " or " : " ")
    }
}
