import Foundation

/// Walks a report's blocks in order, keeping track of where it is — which module, which
/// kind of finding, which council, which sub-heading — as a reader does, and collects
/// findings, recommendations, the conclusion and the team. Each piece of context
/// remembers the rank of the heading that set it, and a later heading of the same rank
/// or higher clears it: "4. Key issues to progress" (rank 1) makes every module under
/// it (rank 2) a list of areas for consideration until "5." comes.
struct FindingWalker {
    struct Found {
        var entry: ChallengeDocument.FindingEntry
        var confidence: Double
        var reason: String
        var area: String
        var numbered: Bool
    }

    struct Recommendation {
        var entry: ChallengeDocument.RecommendationEntry
        var confidence: Double
    }

    struct Ranked<Value> {
        var value: Value
        var rank: Int
        var confidence: Double = 1
    }

    /// Short paragraphs that act as headings ("Strengths:", "Procurement") rank below
    /// every real heading; a sub-heading of that sort only replaces the theme.
    static let pseudoRank = 1000

    let framework: Framework
    let organisations: [String]
    var findings: [Found] = []
    var recommendations: [Recommendation] = []
    var conclusion: [String] = []
    var team: [TeamLineParser.Member] = []
    /// The council's comments on the draft, as printed.
    var comments: [PrintedComment] = []
    /// The columns of the comments table being read.
    var commentHeader: [CommentParser.Column?]?
    var unplaced = 0

    var module: Ranked<(id: String, area: String)>?
    var kind: Ranked<FindingKind>?
    /// nil value: joint, said so by the heading.
    var organisation: Ranked<String?>?
    var theme: Ranked<String>?
    var section: Ranked<ReportVocabulary.Section>?
    var teamHeader: [String]?
    var pendingQuote: Int?
    /// The list depth of the last finding read from a list item: a deeper bullet
    /// carries on that finding.
    var findingDepth: Int?

    init(framework: Framework, organisations: [String]) {
        self.framework = framework
        self.organisations = organisations
    }

    mutating func walk(_ blocks: [SourceBlock]) {
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                if text.hasPrefix("\u{FFFD}") { addComment(text, placed: false); continue }
                // A typed number ("4.1") gives the depth; a word before it ("Module 4:")
                // does not outrank the heading's own level.
                let typed = text.first?.isNumber == true || level == 0 ? ReportText.sectionNumber(text)?.depth : nil
                let rank = typed ?? (level > 0 ? level : 50)
                heading(text, rank: rank)
            case .paragraph(let text):
                paragraph(text)
            case .listItem(let marker, let text, let depth):
                listItem(text, style: ListMarkerStyle(marker), depth: depth)
            case .quote(let text):
                quote(text, attribution: nil)
            case .tableRow(let cells):
                tableRow(cells)
            case .note:
                continue
            }
        }
    }

    mutating func clear(from rank: Int) {
        if let m = module, m.rank >= rank { module = nil }
        if let k = kind, k.rank >= rank { kind = nil }
        if let o = organisation, o.rank >= rank { organisation = nil }
        if let t = theme, t.rank >= rank { theme = nil }
        if let s = section, s.rank >= rank { section = nil }
        pendingQuote = nil
        findingDepth = nil
        commentHeader = nil
    }

    /// A comment printed as a line of its own; false when the line is none.
    @discardableResult
    mutating func addComment(_ text: String, placed: Bool) -> Bool {
        guard let comment = CommentParser.parse(line: text, placed: placed) else { return false }
        comments.append(comment)
        return true
    }

    /// The challenged council a heading or a "Council name: text" prefix names.
    func organisationNamed(in text: String) -> String? {
        let lower = text.lowercased()
        return organisations.first { lower.contains($0.lowercased()) }
            ?? organisations.first { lower.contains(OrganisationNames.shortName($0).lowercased()) }
    }
}
