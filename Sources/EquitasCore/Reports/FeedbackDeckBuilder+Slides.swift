/// The fixed parts of the feedback deck before and after the findings.
extension FeedbackDeckBuilder {
    static func opening(_ context: ReportContext, presented: CalendarDate) -> [Slide] {
        let councils = context.isJoint ? "the councils" : "the council"
        let sessions = context.record.programme.count
        var slides = [Slide(
            layout: .title, title: context.kicker,
            lines: context.organisationNames + [context.frameworkLine, "Feedback, \(presented.longForm)"])]
        var thanks = ["Thank you to everyone who gave us their time, their candour and their hospitality"]
        if sessions > 0 { thanks.append("We held \(sessions) sessions with staff, councillors, partners and residents") }
        thanks += ["This is our initial feedback: the written report follows as a draft for comment",
                   "What we say comes from what we read and what people told us"]
        slides.append(Slide(layout: .content, title: "Thank you", lines: thanks))
        slides.append(Slide(layout: .content, title: "What a peer challenge is, and is not", lines: [
            "A test of \(councils)' own self-assessment against the \(context.framework.name)",
            "Carried out by peers who do this work in their own organisations, as critical friends",
            "Based on the evidence provided and on conversations over the days on site",
            "Not an inspection: no pass or fail, no ranking",
            "The findings are ours; what to do with them is for \(councils) to decide",
        ]))
        var scope = context.inScope.map { "\(context.moduleTitle($0.id)): \(context.levelName($0.level)) level" }
        if let focus = context.challenge.focus { scope.append("Focus: \(Headline.firstSentence(focus))") }
        slides.append(Slide(layout: .content, title: "Scope", lines: scope))
        if !context.record.team.isEmpty {
            slides.append(Slide(layout: .content, title: "The peer team", lines: context.record.team.map { member in
                let person = context.record.people.first { $0.id == member.value.personId }?.value
                let organisation = context.organisationName(person?.organisationId).map { ", \($0)" } ?? ""
                return "\(person?.name ?? "Unknown person"), \(member.value.role.label.lowercased())\(organisation)"
            }))
        }
        return slides
    }

    static func closing(_ context: ReportContext) -> [Slide] {
        var slides: [Slide] = []
        var judgement = context.inScope.filter { $0.judgement != .none }.map { scope in
            "\(context.moduleTitle(scope.id)): \(context.levelName(scope.level)) \(scope.judgement == .confirmed ? "confirmed" : "not confirmed")"
        }
        let conclusion = ReportBuilder.paragraphs(context.challenge.conclusion).compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        if let second = context.secondLevelSentence { judgement.insert(second, at: 0) }
        if let first = conclusion.first { judgement.insert(Headline.firstSentence(first), at: 0) }
        if !judgement.isEmpty {
            slides.append(Slide(layout: .content, title: "Our headline judgement", lines: judgement,
                                notes: conclusion.isEmpty ? nil : conclusion.joined(separator: "\n\n")))
        }
        let recommendations = context.record.recommendations.sorted { $0.value.number < $1.value.number }.map { item in
            let everyone = context.organisationNames.count == 2 ? "Both councils" : "All councils"
            let owner = context.isJoint ? "\(context.organisationName(item.value.organisationId) ?? everyone): " : ""
            return Line(headline: "\(item.value.number). \(owner)\(Headline.firstSentence(item.value.text))",
                        full: "\(item.value.number). \(owner)\(item.value.text)")
        }
        slides += headlineSlides("Recommendations", recommendations, unbulleted: true)
        let councils = context.isJoint ? "the councils" : "the council"
        var next = [
            "The written report comes to \(councils) as a draft for comment",
            "The final report follows, taking account of the comments",
            "\(context.isJoint ? "Each council" : "The council") answers every recommendation in an action plan",
        ]
        if let manager = ReportBuilder.reviewManager(context) { next.append("Contact: \(manager), review manager") }
        slides.append(Slide(layout: .content, title: "Next steps", lines: next))
        return slides
    }
}
