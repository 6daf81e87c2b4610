import Foundation

/// The text rules every free-text field shares: trimmed, required ones not blank,
/// all of them bounded so that one request cannot store a novel in a name, and none
/// holding a character the databases cannot store alike (`StorableText`).
public enum Text {
    /// A narrative, a finding, a description: about 15,000 words, well past the longest
    /// self-assessment narrative a council has written, and inside the text form limit.
    public static let longMaximum = 100_000

    public static func required(_ value: String, path: String, maximum: Int = longMaximum) throws(ValidationFailure) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ValidationFailure(path: path, message: "must not be blank") }
        guard trimmed.count <= maximum else {
            throw ValidationFailure(path: path, message: "is \(trimmed.count) characters long; the limit is \(maximum)")
        }
        try StorableText.check(trimmed, path: path)
        return trimmed
    }

    /// Blank becomes nil, so that "" and a missing value mean the same thing.
    public static func optional(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    public static func optional(_ value: String?, path: String, maximum: Int = longMaximum) throws(ValidationFailure) -> String? {
        guard let value = optional(value) else { return nil }
        return try required(value, path: path, maximum: maximum)
    }
}
