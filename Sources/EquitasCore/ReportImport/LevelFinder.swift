import Foundation

/// The level sought: a framework level's name said as a level ("at the Achieving
/// level", "the ‘achieving’ level", "are “achieving” under the Equality Framework",
/// "awarded the Excellent level"). Said in a verdict (satisfactory, awarded) it is
/// trusted; a level word merely near "level" somewhere is a guess.
enum LevelFinder {
    static func find(in blocks: [String], framework: Framework) -> (level: FrameworkLevel, confidence: Double, sentence: String)? {
        var scores: [String: Double] = [:]
        var example: [String: (String, Bool)] = [:]
        let sentences = blocks.flatMap { $0.components(separatedBy: ". ") }
        for sentence in sentences {
            let lower = sentence.lowercased()
            let verdict = ["satisfactory", "awarded", "accredit", "achieved", "conclusion", "are “", "is “"].contains(where: lower.contains)
            for level in framework.levels {
                let name = NSRegularExpression.escapedPattern(for: level.name.lowercased())
                let q = #"[‘’'“”"]?"#
                let patterns = [
                    "\\b\(name)\(q)\\s+level\\b", "\\blevel\\s+(of\\s+)?\(q)\(name)\\b",
                    "\\b(are|is|be|been|was|were|as)\\s+[‘'“\"]\(name)[’'”\"]", "\\b\(name)[’'”\"]?\\s+(under|against|in)\\s+the\\s+(equality\\s+)?framework",
                ]
                guard patterns.contains(where: { lower.range(of: $0, options: .regularExpression) != nil }) else { continue }
                scores[level.id, default: 0] += verdict ? 3 : 1
                if example[level.id] == nil || (verdict && example[level.id]?.1 == false) { example[level.id] = (sentence, verdict) }
            }
        }
        guard let best = scores.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
              let level = framework.level(best.key) else { return nil }
        let rivals = scores.filter { $0.key != best.key }.map(\.value).max() ?? 0
        let confidence = (example[best.key]?.1 == true ? 0.9 : 0.7) - (rivals * 2 >= best.value ? 0.25 : 0)
        return (level, confidence, example[best.key]?.0 ?? "")
    }
}
