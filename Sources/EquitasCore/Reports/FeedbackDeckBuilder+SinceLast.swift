extension FeedbackDeckBuilder {
    /// "Since the last challenge" for a follow-up, from the same values as the report's
    /// section (`ReportBuilder.sinceLastChallenge`): each module last time and now, then
    /// what became of each earlier recommendation, headline on the slide and its actions
    /// in the notes. Nothing for a challenge that follows none.
    static func sinceLastChallenge(_ context: ReportContext) -> [Slide] {
        guard let earlier = context.record.earlier else { return [] }
        let table = ReportBuilder.modulesThenAndNow(context, earlier)
        let modules = table.rows.map { row -> Line in
            let then = row[2].isEmpty ? row[1] : "\(row[1]), \(row[2].prefix(1).lowercased() + row[2].dropFirst())"
            let now = row[4].isEmpty ? row[3] : "\(row[3]) (\(row[4].prefix(1).lowercased() + row[4].dropFirst()))"
            let line = "\(row[0]): last time \(then); now \(now)"
            return Line(headline: line, full: line)
        }
        var slides = headlineSlides("Since the last challenge: each module", modules)
        if !earlier.peerWorkShown, var first = slides.first {
            first.notes = ["The final report of that challenge has not been issued, so its findings and recommendations are not compared.", first.notes ?? ""]
                .filter { !$0.isEmpty }.joined(separator: "\n\n")
            slides[0] = first
        }
        let recommendations = earlier.recommendations.map { recommendation -> Line in
            let actions = recommendation.actions.map(\.summary)
            return Line(
                headline: "\(recommendation.number). \(recommendation.isOpen ? "Open" : "Closed"): \(recommendation.outcome)",
                full: "\(recommendation.number). \(recommendation.text)\n\(recommendation.outcome)."
                    + (actions.isEmpty ? "" : "\n" + actions.joined(separator: "\n")))
        }
        slides += headlineSlides("Since the last challenge: the last recommendations", recommendations, unbulleted: true)
        return slides
    }
}
