import Foundation

/// Matches a heading to a framework module by the words they share, loosely: numbering
/// and small words are ignored, plurals folded, and the words older frameworks used
/// for the same thing ("employment" for workforce, "consultation" for engagement)
/// count as the module's own. The score is the Dice overlap, 0–1.
enum ModuleMatcher {
    static let stopWords: Set<String> = [
        "and", "the", "of", "your", "a", "an", "with", "to", "for", "in", "on", "our", "its", "their",
        "module", "area", "domain", "theme", "section", "part",
    ]

    /// Words that older reports and frameworks use for a module's own words.
    static let synonyms: [String: [String]] = [
        "employment": ["workforce"], "training": ["workforce"], "staff": ["workforce"], "employer": ["workforce"],
        "consultation": ["engagement"], "scrutiny": ["engagement"], "involvement": ["engagement"],
        "accountability": ["engagement"], "engaged": ["engagement"], "engaging": ["engagement"],
        "delivery": ["service"], "corporate": ["organisational"], "organizational": ["organisational"],
        "knowing": ["understanding"], "understanding": ["knowing"], "diversity": ["diverse"],
    ]

    static func stem(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }

    static func tokens(_ text: String) -> [String] {
        var seen: Set<String> = []
        return ReportText.words(text)
            .filter { !stopWords.contains($0) && !$0.allSatisfy(\.isNumber) && ListMarkerStyle.romanValue($0) == nil }
            .map(stem)
            .filter { seen.insert($0).inserted }
    }

    static func score(_ text: String, moduleName: String) -> Double {
        let heading = tokens(text)
        let module = Set(tokens(moduleName))
        guard !heading.isEmpty, !module.isEmpty else { return 0 }
        var expanded = Set(heading)
        for word in heading { expanded.formUnion(synonyms[word] ?? []) }
        let overlap = min(module.intersection(expanded).count, heading.count)
        return 2 * Double(overlap) / Double(heading.count + module.count)
    }

    /// The best module for a heading, when it shares enough words with one.
    static func best(_ text: String, in framework: Framework, minimum: Double = 0.4) -> (module: FrameworkModule, score: Double)? {
        let scored = framework.modules.map { ($0, score(text, moduleName: $0.name)) }
        guard let top = scored.max(by: { $0.1 < $1.1 }), top.1 >= minimum else { return nil }
        return (top.0, top.1)
    }

    /// For findings outside any module (innovative projects, signposts): the module
    /// whose name, summary and criteria share most words with the text. Always uncertain.
    static func guess(_ text: String, in framework: Framework) -> FrameworkModule? {
        let words = Set(tokens(text).flatMap { [$0] + (synonyms[$0] ?? []) })
        let scored = framework.modules.map { module -> (FrameworkModule, Int) in
            let vocabulary = Set(tokens(([module.name, module.summary] + module.criteria.map(\.title)).joined(separator: " ")))
            return (module, vocabulary.intersection(words).count)
        }
        return scored.max { $0.1 < $1.1 }?.0 ?? framework.modules.first
    }
}
