extension ReportBuilder {
    /// "Since the last challenge", for a challenge that follows another: each module then
    /// and now (the level the council sought last time and the team's judgement then, the
    /// level it assesses itself at now and the team's judgement now), then what became
    /// of each earlier recommendation. Made of tables and paragraphs, which every
    /// renderer already prints, so the section comes out in every format; tables, not a
    /// numbered list, so that last cycle's recommendations are never read back in as
    /// this report's own.
    static func sinceLastChallenge(_ context: ReportContext) -> ReportSection {
        guard let earlier = context.record.earlier else { return ReportSection(id: "since-last-challenge", title: "Since the last challenge") }
        var opening = "This challenge follows the \(context.kicker.lowercased())"
        if let dates = earlier.dates { opening += " of \(dates)" }
        opening += " against the \(earlier.frameworkLine)"
        if let award = earlier.award, let level = earlier.awardLevelName {
            opening += ", which awarded the \(level) level from \(award.awarded.longForm) until \(award.expires.longForm)"
        }
        opening += "."
        var blocks: [ReportBlock] = [.paragraph(opening)]
        if !earlier.peerWorkShown {
            blocks.append(.paragraph("The final report of that challenge has not been issued, so its findings and recommendations are not compared here."))
        }
        blocks.append(.table(modulesThenAndNow(context, earlier)))
        var subsections: [ReportSection] = []
        if !earlier.recommendations.isEmpty {
            let rows = earlier.recommendations.map { recommendation -> [String] in
                let actions = recommendation.actions.map(\.summary)
                return [
                    String(recommendation.number), recommendation.text, recommendation.outcome,
                    actions.isEmpty ? "None recorded" : actions.joined(separator: "\n"),
                ]
            }
            let open = earlier.openRecommendations.count
            subsections.append(ReportSection(id: "since-last-challenge-recommendations", title: "What became of the last recommendations", blocks: [
                .paragraph("Of the \(earlier.recommendations.count) recommendations made last time, \(open == 0 ? "none is" : open == 1 ? "one is" : "\(open) are") still open in the council's action plan."),
                .table(ReportTable(
                    caption: "Last challenge's recommendations, the council's response and its actions",
                    header: ["No.", "Recommendation", "Response", "Actions: status and latest update"], rows: rows)),
            ]))
        }
        return ReportSection(id: "since-last-challenge", title: "Since the last challenge", blocks: blocks, subsections: subsections)
    }

    /// One row per module in scope now, then any assessed last time only.
    static func modulesThenAndNow(_ context: ReportContext, _ earlier: EarlierCycle) -> ReportTable {
        var rows: [[String]] = context.inScope.map { scope in
            let then = earlier.module(scope.id)
            return [
                context.moduleTitle(scope.id), then?.levelName ?? "Not assessed", then.map { judgementWords($0.judgement, level: $0.levelName) } ?? "",
                context.levelName(scope.level), judgementWords(scope.judgement, level: context.levelName(scope.level)),
            ]
        }
        for module in earlier.modules where !context.inScope.contains(where: { $0.id == module.id }) {
            rows.append([context.framework.module(module.id) == nil ? module.name : context.moduleTitle(module.id), module.levelName, judgementWords(module.judgement, level: module.levelName), "Not assessed", ""])
        }
        return ReportTable(
            caption: "Each module last time and now",
            header: ["Module", "Level sought last time", "Team's judgement last time", "Level the council assesses itself at now", "Team's judgement now"],
            rows: rows)
    }

    static func judgementWords(_ judgement: Judgement, level: String) -> String {
        switch judgement {
        case .confirmed: "Confirmed at \(level)"
        case .notConfirmed: "Not confirmed at \(level)"
        case .none: "Findings only"
        }
    }
}
