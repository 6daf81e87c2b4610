import Foundation

/// The words reports use for their parts. Phrases are matched as whole words, case
/// folded; the order of `kindPhrases` matters ("signposting to areas of good practice"
/// is a signpost, "key issues to progress toward excellence" an area for consideration).
enum ReportVocabulary {
    static let kindPhrases: [(FindingKind, [String])] = [
        (.signpost, ["signposting", "signposts", "signpost", "practice elsewhere", "learning from elsewhere", "other councils"]),
        (.areaForConsideration, [
            "areas for consideration", "area for consideration", "areas for improvement", "area for improvement",
            "areas for further development", "for further development", "areas for development", "key issues to progress",
            "key issues", "areas to develop", "areas to consider", "issues to address", "challenges to address",
        ]),
        (.strength, ["strengths", "strength", "what works well", "what is working well"]),
        (.goodPractice, ["good practice", "notable practice", "innovative projects", "innovative practice", "examples of innovative", "innovation"]),
        (.quote, ["what people told us", "what people said", "quotes", "in their words"]),
        (.observation, ["observations", "observation"]),
        (.nextLevel, ["reaching excellent", "reaching achieving", "going further", "next level", "to reach excellent", "to progress",
                      "progress to excellent", "progress to achieving"]),
    ]

    enum Section: String, Sendable { case recommendations, conclusion, team, background, findings, councilComments, councilImpact }

    static let sectionPhrases: [(Section, [String])] = [
        (.conclusion, ["conclusion", "conclusions", "executive summary", "summary"]),
        (.recommendations, ["recommendations", "recommendation"]),
        (.team, ["peer team", "the team", "team members", "the peers", "peers", "team"]),
        (.councilComments, ["council comments", "council's comments", "comments on the draft", "comments from the council",
                            "comments by the council"]),
        (.councilImpact, ["impact of challenge", "impact of the challenge", "council's response", "statement from the council",
                          "council's statement", "response from the council"]),
        (.findings, ["detailed findings", "findings"]),
        (.background, ["background", "introduction", "contents", "programme", "evidence", "annex", "context", "the framework"]),
    ]

    /// The only words of a heading that introduces the peer team.
    static let teamHeadingWords: Set<String> = [
        "the", "our", "peer", "peers", "challenge", "review", "team", "members", "member", "was", "were", "is", "are", "comprised",
    ]

    /// The kind a heading names, with the phrase that named it. A long heading must
    /// start with the phrase ("Key issues to progress toward excellence …"); a short one
    /// may hold it anywhere ("3.1.3 Strengths – High Peak", "Joint strengths").
    static func kind(ofHeading heading: String) -> (FindingKind, String)? {
        let text = ReportText.headingText(ReportText.withoutNumber(heading)).lowercased()
        let words = ReportText.words(text)
        let body = words.first == "joint" ? words.dropFirst().joined(separator: " ") : words.joined(separator: " ")
        for (kind, phrases) in kindPhrases {
            for phrase in phrases where body.hasPrefix(phrase) || (words.count <= 7 && ReportText.contains(text, phrase: phrase)) {
                return (kind, phrase)
            }
        }
        return nil
    }

    static func section(ofHeading heading: String) -> Section? {
        let text = ReportText.headingText(ReportText.withoutNumber(heading)).lowercased()
        guard ReportText.words(text).count <= 8 else { return nil }
        for (section, phrases) in sectionPhrases where phrases.contains(where: { ReportText.contains(text, phrase: $0) }) {
            // "Peer Challenge Team", "The team:"; not "What the team found to be strong"
            // nor "Community & Neighbourhoods Team".
            if section == .team, !ReportText.words(text).allSatisfy(teamHeadingWords.contains) { continue }
            return section
        }
        return nil
    }

    /// "Joint strengths", "strengths in evidence in both authorities".
    static func isJoint(_ heading: String) -> Bool {
        let lower = heading.lowercased()
        return ReportText.contains(lower, phrase: "joint") || ReportText.contains(lower, phrase: "both")
    }

    /// A lead-in to the team list: "Peers were:", "The team was:", "The peer team comprised".
    static func introducesTeam(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.range(of: #"\b(peers|peer team|the team|team members)\b.{0,20}\b(were|was|comprised|included|are|is)\b"#, options: .regularExpression) != nil
            && ReportText.words(lower).count <= 10
    }

    /// "To help the council improve we have made some recommendations. These are:"
    static func introducesRecommendations(_ text: String) -> Bool {
        ReportText.contains(text, phrase: "recommendations") && text.trimmingCharacters(in: .whitespaces).hasSuffix(":")
    }

    /// A heading that names a kind in words of its own, judged by its tone: praise
    /// reads as strengths, advice or a shortfall as areas for consideration.
    static func kind(byTone heading: String) -> FindingKind? {
        let words = Set(ReportText.words(heading).map(ModuleMatcher.stem))
        let praise: Set<String> = ["strong", "well", "positive", "good", "impressive", "best"]
        let advice: Set<String> = ["consider", "better", "improve", "improvement", "develop", "challenge", "gap", "weakness", "concern", "risk", "could", "should"]
        let praised = !words.isDisjoint(with: praise)
        let advised = !words.isDisjoint(with: advice)
        if advised { return .areaForConsideration }
        return praised ? .strength : nil
    }

    /// For a finding under no kind heading: advice or a gap reads as an area for
    /// consideration ("Ensure …", "There is a lack of …"), anything else as a strength.
    static func guessKind(_ text: String) -> FindingKind {
        let advice = ["consider", "ensure", "review", "develop", "introduce", "improve", "explore", "continue", "make", "raise",
                      "involve", "produce", "look", "share", "monitor", "refresh", "establish", "publish", "build", "agree"]
        let gaps = ["lack of", "not clear", "needs to", "should", "could", "little evidence", "no evidence", "inconsistent", "not yet"]
        let lower = text.lowercased()
        if let first = ReportText.words(lower).first, advice.contains(first) { return .areaForConsideration }
        return gaps.contains { lower.contains($0) } ? .areaForConsideration : .strength
    }

    /// "Recommendation 3: Publish the workforce profile." → 3 and the text.
    static func numberedRecommendation(_ text: String) -> (number: Int, text: String)? {
        guard let range = text.range(of: #"^Recommendation\s+(\d{1,3})\s*[:.–—-]\s*"#, options: [.regularExpression, .caseInsensitive]),
              let number = Int(text[range].filter(\.isNumber)) else { return nil }
        let rest = String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : (number, rest)
    }
}
