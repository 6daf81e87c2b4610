import Foundation

/// The Equality Standard's level in a 2008–09 report ("completed a satisfactory
/// self-assessment against the criteria for level 3 of the Equality Standard", "an
/// external assessment at level 3"). Such reports also place the council on the
/// Framework's levels, which `LevelFinder` reads; this reads the Standard's verdict,
/// which the challenge keeps as its second level.
enum StandardLevelFinder {
    static let frameworkId = "equality-standard"

    struct Found {
        var level: FrameworkLevel
        var judgement: Judgement
        var confidence: Double
        var sentence: String
    }

    static let patterns = [
        #"\blevel\s+([1-5])\s+(?:of|in|under)\s+the\s+(?:equality\s+)?standard\b"#,
        #"\bequality\s+standard\b[^.]{0,80}?\blevel\s+([1-5])\b"#,
    ]

    static func find(in blocks: [String], standard: Framework) -> Found? {
        var best: Found?
        for sentence in blocks.flatMap({ $0.components(separatedBy: ". ") }) {
            let lower = sentence.lowercased()
            guard let number = patterns.lazy.compactMap({ firstNumber(in: lower, pattern: $0) }).first,
                  let level = standard.levels.first(where: { $0.name.lowercased() == "level \(number)" }) else { continue }
            let judgement: Judgement =
                lower.contains("not satisfactory") || lower.contains("unsatisfactory") || lower.contains("not completed")
                ? .notConfirmed : lower.contains("satisfactory") ? .confirmed : .none
            let found = Found(level: level, judgement: judgement, confidence: judgement == .none ? 0.7 : 0.9, sentence: sentence)
            // A verdict outweighs a level merely mentioned ("designed to validate … at level 3").
            if best == nil || (best?.judgement == Judgement.none && judgement != .none) { best = found }
        }
        return best
    }

    private static func firstNumber(in text: String, pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }
}
