import Foundation

/// Worksheet tab names as Excel allows them: 1 to 31 characters, none of `[ ] : * ? / \`,
/// no apostrophe at either end, unique ignoring case, and not "History" (which Excel
/// keeps for itself). Excel refuses to open a workbook that breaks any of these.
enum XLSXSheetName {
    static let maxLength = 31

    /// One valid, distinct name per wanted name, in order.
    static func unique(_ wanted: [String]) -> [String] {
        var taken: Set<String> = ["history"]
        return wanted.enumerated().map { index, name in
            let base = sanitised(name, fallback: "Sheet\(index + 1)")
            var candidate = base
            var copy = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(copy))"
                candidate = truncated(base, to: maxLength - suffix.count) + suffix
                copy += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }

    static func sanitised(_ name: String, fallback: String) -> String {
        var cleaned = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar {
            case "[": cleaned.append("(")
            case "]": cleaned.append(")")
            case ":", "*", "?", "/", "\\": cleaned.append("-")
            default: cleaned.append(scalar.properties.generalCategory == .control ? " " : scalar)
            }
        }
        let trimmed = String(cleaned).trimmingCharacters(in: CharacterSet.whitespaces.union(["'"]))
        let result = truncated(trimmed, to: maxLength).trimmingCharacters(in: CharacterSet.whitespaces.union(["'"]))
        return result.isEmpty ? fallback : result
    }

    /// Cut on whole characters; the limit counts UTF-16 units, as Excel does.
    private static func truncated(_ text: String, to length: Int) -> String {
        var text = text
        while text.utf16.count > length { text.removeLast() }
        return text
    }
}
