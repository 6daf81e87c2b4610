import Foundation

/// Which framework a report follows, judged by how well its headings and short lines
/// cover each framework's module names, with a nudge from what the text says of itself
/// ("five areas", "Equality Standard") and from its years. A report whose areas match
/// no framework well gets the nearest one with a low confidence and a warning.
enum FrameworkDetector {
    struct Choice {
        var framework: Framework
        var confidence: Double
        var reason: String
        var warning: String?
    }

    static func choose(from catalog: FrameworkCatalog, blocks: [SourceBlock], text: String) -> Choice? {
        let candidates = blocks.compactMap { block -> String? in
            switch block {
            case .heading(_, let t): return areaPart(t)
            case .listItem(_, let t, _), .paragraph(let t): return ReportText.words(t).count <= 12 ? areaPart(t) : nil
            default: return nil
            }
        }
        let lower = text.lowercased()
        let years = yearsMentioned(in: text)
        let frameworks = candidateFrameworks(catalog, text: lower)
        // The headings that name some framework's module well: the report's areas.
        let areas = candidates.filter { candidate in
            frameworks.contains { f in f.modules.contains { ModuleMatcher.score(candidate, moduleName: $0.name) >= 0.5 } }
        }
        let scored = frameworks.map { framework -> (Framework, Double) in
            // How much of the framework the report covers…
            let coverage = framework.modules.map { module in
                let best = candidates.map { ModuleMatcher.score($0, moduleName: module.name) }.max() ?? 0
                return best >= 0.45 ? best : 0
            }.reduce(0, +) / Double(max(framework.modules.count, 1))
            // …and how well its areas fit, for a report that assessed only some modules.
            let fit = areas.isEmpty ? 0 : areas.map { area in
                framework.modules.map { ModuleMatcher.score(area, moduleName: $0.name) }.max() ?? 0
            }.reduce(0, +) / Double(areas.count)
            var score = max(coverage, fit * fit)
            score += hint(framework, text: lower)
            if let first = Int(framework.version), let newest = years.max(), newest < first - 2 { score -= 0.25 }
            if let first = Int(framework.version), let oldest = years.min(), years.count > 2, oldest > first + 9 { score -= 0.1 }
            return (framework, score)
        }.sorted { $0.1 > $1.1 }
        guard var best = scored.first else { return nil }
        var edition: String?
        if let (chosen, why) = FrameworkEditions.choose(best: best.0, among: frameworks, text: lower, years: years), chosen.id != best.0.id {
            // The other edition of the same areas: as good a fit by names, told apart by wording or year.
            best = (chosen, max(best.1, scored.first { $0.0.id == chosen.id }?.1 ?? 0))
            edition = why
        } else if let (_, why) = FrameworkEditions.choose(best: best.0, among: frameworks, text: lower, years: years) {
            edition = why
        }
        // The runner-up, not counting the other edition once the wording or year chose between them.
        let editions = Set(FrameworkEditions.wording.map(\.id))
        let next = scored.first { $0.0.id != best.0.id && (edition == nil || !editions.contains($0.0.id)) }?.1 ?? 0
        let margin = best.1 - next
        var confidence = min(1, max(0, best.1)) - (margin < 0.1 ? 0.2 : 0)
        var warning: String?
        if best.1 < 0.5 {
            confidence = min(confidence, 0.3)
            warning = "the report's areas match no bundled framework well; \(best.0.id) is the nearest (score \(String(format: "%.2f", best.1)))"
        }
        var reason = "module names cover \(best.0.id) best (score \(String(format: "%.2f", best.1)), next \(String(format: "%.2f", next)))"
        if let edition { reason += "; \(edition)" }
        return Choice(framework: best.0, confidence: confidence, reason: reason, warning: warning)
    }

    /// The Equality Standard is a candidate only in a report that names it and not the
    /// Framework: a 2008–09 report that names both concluded on both, and its findings are
    /// kept under the Framework's areas, the Standard's level beside them
    /// (`StandardLevelFinder`).
    static func candidateFrameworks(_ catalog: FrameworkCatalog, text: String) -> [Framework] {
        let all = catalog.latest
        let standardOnly = text.contains("equality standard") && !text.contains("equality framework")
        let others = all.filter { $0.id != StandardLevelFinder.frameworkId }
        return standardOnly || others.isEmpty ? all : others
    }

    /// "Understanding and working with your communities: strengths" → the module part.
    static func areaPart(_ text: String) -> String {
        let plain = ReportText.withoutNumber(text)
        for separator in [": ", " – ", " — "] {
            if let cut = plain.range(of: separator, options: .backwards),
               ReportVocabulary.kind(ofHeading: String(plain[cut.upperBound...])) != nil {
                return String(plain[..<cut.lowerBound])
            }
        }
        return plain
    }

    static func hint(_ framework: Framework, text: String) -> Double {
        let count = ["one", "two", "three", "four", "five", "six", "seven"][safe: framework.modules.count - 1] ?? ""
        var bonus = 0.0
        if text.contains("\(count) \(framework.moduleNoun)s") || text.contains("\(framework.modules.count) \(framework.moduleNoun)s") { bonus += 0.1 }
        if text.contains(framework.name.lowercased()) { bonus += 0.05 }
        return bonus
    }

    static func yearsMentioned(in text: String) -> [Int] {
        var years: [Int] = []
        var range = text.startIndex..<text.endIndex
        while let found = text.range(of: #"\b(19|20)\d\d\b"#, options: .regularExpression, range: range) {
            if let year = Int(text[found]) { years.append(year) }
            range = found.upperBound..<text.endIndex
        }
        return years
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
