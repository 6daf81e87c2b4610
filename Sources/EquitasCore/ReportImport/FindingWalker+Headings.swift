import Foundation

extension FindingWalker {
    /// What a heading tells the reader, decided before anything is cleared: a long
    /// heading that names nothing (a bold sentence) is read as a paragraph.
    mutating func heading(_ raw: String, rank: Int, pseudo: Bool = false) {
        // Slide decks repeat a title over several slides: "Strengths (continued, 2 of 3)".
        let text = ReportText.headingText(raw.replacingOccurrences(of: #"\s*\((continued|cont'?d)[^)]*\)"#, with: "", options: [.regularExpression, .caseInsensitive]))
        let words = ReportText.words(ReportText.withoutNumber(text)).count
        if moduleAndKind(text, rank: rank) { return }
        if let (kind, phrase) = ReportVocabulary.kind(ofHeading: text) {
            clear(from: pseudo ? FindingWalker.pseudoRank : rank)
            let exact = ReportVocabulary.kindPhrases.first { $0.0 == kind }?.1.first == phrase
            self.kind = Ranked(value: kind, rank: rank, confidence: exact ? 0.95 : 0.85)
            if let named = organisationNamed(in: ReportText.withoutNumber(text)), organisations.count > 1 {
                organisation = Ranked(value: named, rank: rank)
            } else if ReportVocabulary.isJoint(text) {
                organisation = Ranked(value: nil, rank: rank)
            }
            if section?.value != .findings { section = Ranked(value: .findings, rank: rank) }
            return
        }
        let match = ModuleMatcher.best(ReportText.withoutNumber(text), in: framework)
        let sectionWord = ReportVocabulary.section(ofHeading: text)
        // A sub-heading under a module must match another module well to move to it.
        let deeper = module.map { $0.rank < rank } ?? false
        let sameModule = deeper && match?.module.id == module?.value.id
        if let match, !sameModule, match.score >= (deeper ? 0.6 : 0.5) || (sectionWord == nil && !deeper) {
            // An area named by a plain line ranks just above the plain "Strengths" line
            // under it, which must not clear it.
            let areaRank = pseudo ? FindingWalker.pseudoRank - 1 : rank
            clear(from: areaRank)
            module = Ranked(value: (match.module.id, ReportText.withoutNumber(text)), rank: areaRank, confidence: min(1, 0.4 + 0.6 * match.score))
            section = Ranked(value: .findings, rank: rank)
            return
        }
        if let sectionWord {
            clear(from: pseudo ? FindingWalker.pseudoRank - 1 : rank)
            section = Ranked(value: sectionWord, rank: rank)
            if sectionWord == .team { teamHeader = nil }
            return
        }
        // "What the team found to be strong", "What could be better": a kind in other words.
        if module != nil, words <= 8, RecogniserRules.on("letter-custom-kind-words"), RecogniserRules.on("report-going-well-better"),
           let guessed = ReportVocabulary.kind(byTone: text) {
            clear(from: pseudo ? FindingWalker.pseudoRank : rank)
            kind = Ranked(value: guessed, rank: pseudo ? FindingWalker.pseudoRank : rank, confidence: 0.75)
            section = Ranked(value: .findings, rank: pseudo ? FindingWalker.pseudoRank : rank)
            return
        }
        if words <= 8, !pseudo || module != nil || kind != nil {
            clear(from: pseudo ? FindingWalker.pseudoRank + 1 : rank)
            if module != nil || kind != nil { theme = Ranked(value: ReportText.withoutNumber(text), rank: pseudo ? FindingWalker.pseudoRank + 1 : rank) }
            return
        }
        paragraph(ReportText.clean(raw), fromHeading: true)
    }

    /// A slide title naming both: "Leadership, partnership and organisational commitment: strengths".
    mutating func moduleAndKind(_ text: String, rank: Int) -> Bool {
        guard let separator = [": ", " – ", " - ", " — "].first(where: text.contains),
              let cut = text.range(of: separator, options: .backwards) else { return false }
        let head = ReportText.withoutNumber(String(text[..<cut.lowerBound]))
        guard let (kind, _) = ReportVocabulary.kind(ofHeading: String(text[cut.upperBound...])),
              let match = ModuleMatcher.best(head, in: framework), match.score >= 0.5 else { return false }
        clear(from: rank)
        module = Ranked(value: (match.module.id, head), rank: rank, confidence: min(1, 0.4 + 0.6 * match.score))
        self.kind = Ranked(value: kind, rank: rank, confidence: 0.9)
        section = Ranked(value: .findings, rank: rank)
        return true
    }

    /// A paragraph of body text: a lead-in, a team line, part of the conclusion, a
    /// council's comment, a quote's attribution, or (under a kind of finding) a finding.
    mutating func paragraph(_ text: String, fromHeading: Bool = false) {
        guard !text.isEmpty else { return }
        if text.hasPrefix("\u{FFFD}") { addComment(text, placed: false); return }
        // Under the council's comments every sentence is a comment; a short line without
        // a full stop may still be the next heading, and a line ending ":" leads in.
        if section?.value == .councilComments, !fromHeading, !text.hasSuffix(":"),
           ReportText.words(text).count > 8 || ReportText.endsSentence(text), addComment(text, placed: true) {
            return
        }
        if let index = pendingQuote, let first = text.first, "—–-".contains(first) {
            findings[index].entry.attribution = ReportText.headingText(String(text.dropFirst()))
            findings[index].confidence = max(findings[index].confidence, min(0.9, module?.confidence ?? 0.5))
            findings[index].reason += "; attribution on the next line"
            pendingQuote = nil
            return
        }
        pendingQuote = nil
        if ReportVocabulary.introducesTeam(text), text.hasSuffix(":") || ReportText.words(text).count <= 4 {
            section = Ranked(value: .team, rank: FindingWalker.pseudoRank)
            teamHeader = nil
            return
        }
        if let numbered = ReportVocabulary.numberedRecommendation(text) {
            addRecommendation(numbered.text, style: .number(numbered.number))
            return
        }
        if ReportVocabulary.introducesRecommendations(text) {
            section = Ranked(value: .recommendations, rank: FindingWalker.pseudoRank)
            return
        }
        if section?.value == .team {
            if let member = TeamLineParser.parse(line: text) { team.append(member); return }
            if ReportText.words(text).count <= 8 { return }
            section = nil
        } else if kind == nil, let member = TeamLineParser.parseStandalone(line: text) {
            team.append(member)
            return
        }
        if let quoted = QuoteText.split(text) {
            quote(quoted.text, attribution: quoted.attribution)
            return
        }
        let words = ReportText.words(text).count
        if !fromHeading, words <= 8, !ReportText.endsSentence(text), text.first?.isUppercase == true {
            heading(text, rank: FindingWalker.pseudoRank, pseudo: true)
            return
        }
        switch section?.value {
        case .conclusion:
            if !text.hasSuffix(":") { conclusion.append(text) }
        case .recommendations:
            guard !text.hasSuffix(":"), !fromHeading, ReportText.endsSentence(text) else { break }
            if let last = recommendations.indices.last, recommendations[last].confidence >= 0.95 || !RecogniserRules.on("report-caps-title-plain-headings") {
                recommendations[last].entry.text += " " + text
            } else if RecogniserRules.on("report-caps-title-plain-headings"), ReportText.words(text).count >= 3,
                      !ReportText.words(text).contains(where: { $0.hasPrefix("recommend") }) {
                // Recommendations set as plain sentences, one a paragraph.
                addRecommendation(text, style: .bullet)
            }
        default:
            guard kind != nil, !fromHeading, !isLeadIn(text) else { return }
            addFinding(text, style: nil, confidence: 0.7, how: "a paragraph")
        }
    }

    /// "The following strengths were in evidence …", "Peers found:".
    func isLeadIn(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("the following") || text.hasSuffix(":") { return true }
        guard let kind else { return false }
        let phrases = ReportVocabulary.kindPhrases.first { $0.0 == kind.value }?.1 ?? []
        return ReportText.words(text).count < 14 && phrases.contains { ReportText.contains(lower, phrase: $0) }
    }
}
