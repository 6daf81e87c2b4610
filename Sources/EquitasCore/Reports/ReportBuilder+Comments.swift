extension ReportBuilder {
    /// The council's comments on the drafts and how each was resolved, as the final
    /// report may print them when the review manager chooses: one row per comment in
    /// the order made, saying where it was made as the report cites it ("paragraph
    /// 4.3.2", "recommendation 7", "3.1 Strengths"), by whom, and what became of it.
    static func commentsAnnex(_ comments: [ReportComment], document: ReportDocument, context: ReportContext) -> ReportSection? {
        guard !comments.isEmpty else { return nil }
        let places = citations(document.sections)
        let rows = comments.sorted { $0.createdAt < $1.createdAt }.map { comment -> [String] in
            let from = [comment.author, context.organisationName(comment.organisationId)].compactMap { $0 }.joined(separator: ", ")
            return ["Draft \(comment.version)", place(comment.anchor, places: places, context: context), from, comment.text, resolution(comment.resolution)]
        }
        return ReportSection(id: "annex-comments", title: "The council's comments on the draft", blocks: [
            .paragraph("Each comment made on the draft report, where it was made, and how the team dealt with it."),
            .table(ReportTable(caption: "Comments on the draft and how each was resolved",
                               header: ["Draft", "Where", "From", "Comment", "How it was resolved"], rows: rows)),
        ])
    }

    /// Paragraph numbers by anchor (lower-cased, as comments store them) and section
    /// headings by id.
    static func citations(_ sections: [ReportSection]) -> [String: String] {
        var places: [String: String] = [:]
        for section in sections {
            places[section.id] = section.numberedTitle
            for case .cited(let items) in section.blocks {
                for item in items {
                    if let anchor = item.anchor, let number = item.number { places[anchor.lowercased()] = "paragraph \(number)" }
                }
            }
            places.merge(citations(section.subsections)) { first, _ in first }
        }
        return places
    }

    static func place(_ anchor: ReportAnchor, places: [String: String], context: ReportContext) -> String {
        switch anchor.kind {
        case .recommendation:
            let number = context.record.recommendations.first { $0.id.uuidString.lowercased() == anchor.id.lowercased() }?.value.number
            return number.map { "Recommendation \($0)" } ?? "A recommendation since removed"
        case .finding:
            return places[anchor.id.lowercased()] ?? "A finding since removed"
        case .section:
            return places[anchor.id] ?? (anchor == .wholeReport ? "The report as a whole" : anchor.id)
        }
    }

    static func resolution(_ resolution: CommentResolution?) -> String {
        guard let resolution else { return "Not yet resolved" }
        var words: String
        switch resolution.outcome {
        case .accepted: words = "Accepted"
        case .declined: words = "Declined"
        case .noted: words = "Noted"
        }
        if let reason = resolution.reason, !reason.isEmpty {
            // A team's response often opens with its own verdict ("Not accepted: the
            // date stands"), as past reports print it: said once, in the team's words,
            // when it is the outcome recorded; a verdict at odds with it is kept after it.
            words = verdict(openingOf: reason) == resolution.outcome ? reason : words + ": \(reason)"
        }
        if let revised = resolution.revisedText, !revised.isEmpty { words += " Now reads: \u{201C}\(revised)\u{201D}" }
        return words
    }

    /// The outcome a response's opening words declare ("Accepted:", "Not agreed.",
    /// "Noted"), when they open with one and go on no further than a stop or the end.
    static func verdict(openingOf reason: String) -> CommentOutcome? {
        let verdicts: [(String, CommentOutcome)] = [
            ("not accepted", .declined), ("not agreed", .declined), ("declined", .declined), ("rejected", .declined),
            ("partially accepted", .accepted), ("accepted", .accepted), ("agreed", .accepted), ("noted", .noted),
        ]
        let lower = reason.lowercased().trimmingCharacters(in: .whitespaces)
        for (words, outcome) in verdicts where lower.hasPrefix(words) {
            // The verdict ends at a stop, perhaps after a space ("Agreed \u{2013} added"), or at the end.
            let after = lower.dropFirst(words.count).drop { $0 == " " }.first
            if after == nil || [":", ".", ";", ",", "-", "\u{2013}", "\u{2014}"].contains(after!) { return outcome }
        }
        return nil
    }
}
