import Foundation

/// The text rules every free-text field shares: trimmed, required ones not blank,
/// all of them bounded so that one request cannot store a novel in a name.
public enum Text {
    public static let longMaximum = 20_000

    public static func required(_ value: String, path: String, maximum: Int = longMaximum) throws(ValidationFailure) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ValidationFailure(path: path, message: "must not be blank") }
        guard trimmed.count <= maximum else {
            throw ValidationFailure(path: path, message: "is \(trimmed.count) characters long; the limit is \(maximum)")
        }
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
