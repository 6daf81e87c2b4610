import Foundation

/// Text with the stretches a search matched, as runs: the database marks its matches
/// with two private-use characters, which no report contains, and this reads them.
public struct HighlightedText: Hashable, Sendable {
    public struct Run: Hashable, Sendable {
        public var text: String
        public var matched: Bool

        public init(text: String, matched: Bool) {
            self.text = text
            self.matched = matched
        }
    }

    /// Opens and closes a match in what the database returns.
    public static let openMark: Character = "\u{E000}"
    public static let closeMark: Character = "\u{E001}"

    public var runs: [Run]

    public init(runs: [Run]) {
        self.runs = runs
    }

    /// Reads the database's marked-up text. Marks that don't pair up are dropped rather
    /// than trusted, so a stray one can never swallow the rest of the text.
    public init(marked: String) {
        var runs: [Run] = []
        var current = ""
        var inside = false
        func flush() {
            if !current.isEmpty { runs.append(Run(text: current, matched: inside)) }
            current = ""
        }
        for character in marked {
            switch character {
            case Self.openMark where !inside:
                flush()
                inside = true
            case Self.closeMark where inside:
                flush()
                inside = false
            case Self.openMark, Self.closeMark:
                continue
            default:
                current.append(character)
            }
        }
        flush()
        self.runs = runs
    }

    public var plainText: String { runs.map(\.text).joined() }

    public var matchedText: [String] { runs.filter(\.matched).map(\.text) }

    /// The text with each match wrapped, each piece first passed through `escape`
    /// (HTML escaping for `<mark>`, nothing for the command line).
    public func wrapped(open: String, close: String, escape: (String) -> String = { $0 }) -> String {
        runs.map { $0.matched ? open + escape($0.text) + close : escape($0.text) }.joined()
    }
}
