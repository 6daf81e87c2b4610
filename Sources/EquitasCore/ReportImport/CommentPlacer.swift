import Foundation

/// Where in the draft a printed comment was made, from the words the report uses for
/// the place: "Recommendation 2" is that recommendation, an area's name is its section,
/// and "Paragraph on carers' data" is the finding that shares most of those words. A
/// place that names nothing the report holds leaves the comment on the report as a whole.
enum CommentPlacer {
    static let placeWords: Set<String> = ["paragraph", "para", "section", "finding", "page", "on", "the", "of", "about", "and", "in", "re", "to", "a"]

    static func place(_ comment: PrintedComment, in document: ChallengeDocument, framework: Framework) -> ChallengeDocument.CommentEntry {
        var entry = ChallengeDocument.CommentEntry(author: comment.author, text: comment.text)
        guard let on = comment.on else { return entry }
        if let number = on.range(of: #"(?i)\brec(ommendation)?\.?\s*(\d{1,3})\b"#, options: .regularExpression)
            .flatMap({ Int(on[$0].filter(\.isNumber)) }), document.recommendations.contains(where: { $0.number == number }) {
            entry.recommendation = number
            return entry
        }
        let wanted = Set(words(on).filter { !placeWords.contains($0) && !$0.allSatisfy(\.isNumber) }.map(ModuleMatcher.stem))
        guard !wanted.isEmpty else { return entry }
        // The share of the place's words the finding holds; between findings holding as
        // many, one about the council itself (a signpost points at another council), then
        // the one they say most of, then the first.
        func share(_ finding: ChallengeDocument.FindingEntry) -> (Double, Double, Double) {
            let words = Set(Self.words(finding.text).map(ModuleMatcher.stem))
            let shared = Double(wanted.intersection(words).count)
            let own: Double = finding.kind == FindingKind.signpost.rawValue ? 0 : 1
            return (shared / Double(wanted.count), own, shared / Double(max(words.count, 1)))
        }
        var best: (position: Int, score: (Double, Double, Double))?
        for (offset, finding) in document.findings.enumerated() {
            let score = share(finding)
            if best.map({ score > $0.score }) ?? true { best = (offset + 1, score) }
        }
        if let best, best.score.0 >= 0.6 {
            entry.finding = best.position
            return entry
        }
        if let match = ModuleMatcher.best(on, in: framework), match.score >= 0.6, document.modules.contains(where: { $0.id == match.module.id }) {
            entry.section = "module-\(match.module.id)"
        }
        return entry
    }

    /// Lower-case words, possessives dropped: "carers' data" is about carers.
    static func words(_ text: String) -> [String] {
        ReportText.words(text.lowercased()).map { word in
            var plain = word.replacingOccurrences(of: "\u{2019}", with: "'")
            if plain.hasSuffix("'s") { plain.removeLast(2) }
            while plain.hasSuffix("'") { plain.removeLast() }
            return plain
        }
    }
}
