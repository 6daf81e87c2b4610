import Foundation

/// The text of a bearer token: `eqt_` followed by a random secret. The prefix makes a
/// leaked token easy to recognise (secret scanners, logs); only the SHA-256 of the
/// whole text is ever stored.
public enum APITokenSecret {
    public static let prefix = "eqt_"

    static func generate() -> String { prefix + RandomSecret.generate() }

    /// Whether `text` has the shape of a token we issue: checked before any database
    /// work, so that junk is refused cheaply.
    public static func isWellFormed(_ text: String) -> Bool {
        text.hasPrefix(prefix) && RandomSecret.isWellFormed(text.dropFirst(prefix.count))
    }

    static func hash(_ token: String) -> String { RandomSecret.hash(token) }
}
