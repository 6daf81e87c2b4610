import EquitasCore
import Foundation

/// Last time beside this time on the self-assessment of a follow-up: the earlier
/// recommendations still open (items the council must address), and per module and
/// criterion what was sought, judged, written and found then. What the earlier team
/// wrote is there only once its final report was issued (`EarlierCycle`).
enum SelfAssessmentLastTime {
    static func carried(_ data: SelfAssessmentData) -> Node {
        guard let earlier = data.earlier else { return .empty }
        let dates = earlier.dates.map { " of \($0)" } ?? ""
        let intro = Node.p(
            [], .text("This challenge follows "), .a(href: Site.challenge.path(earlier.challengeId), .text("the challenge\(dates)")),
            .text(". Under each criterion below is what the council wrote last time."))
        guard earlier.peerWorkShown else {
            return .section(
                [.aria("labelledby", "last-time-heading")], .h2([.id("last-time-heading")], "Since the last challenge"), intro,
                .p([], "The last challenge's final report has not been issued, so its findings and recommendations are not shown."))
        }
        let open = earlier.openRecommendations
        let items = open.map { recommendation -> Node in
            .li(
                [],
                .p([], .strong([], .text("Recommendation \(recommendation.number): ")), .text(recommendation.text)),
                .p([], .text(recommendation.outcome)),
                recommendation.openActions.isEmpty
                    ? .empty : .ul([], .fragment(recommendation.openActions.map { Node.li([], .text($0.summary)) })))
        }
        return .section(
            [.aria("labelledby", "last-time-heading")],
            .h2([.id("last-time-heading")], "Since the last challenge"),
            intro,
            .h3([], .text("Recommendations still to address (\(open.count) of \(earlier.recommendations.count))")),
            open.isEmpty
                ? .p([], "Every recommendation of the last challenge is closed in the action plan.")
                : .fragment([
                    .p([], "Say in the self-assessment what the council has done about each of these, and what it will do about the actions still open."),
                    .ul([.class("carried-recommendations")], .fragment(items)),
                ]))
    }

    static func module(_ id: String, data: SelfAssessmentData) -> Node {
        guard let earlier = data.earlier else { return .empty }
        guard let then = earlier.module(id) else { return .p([], "Last time: not assessed.") }
        var words = "Last time: level sought \(then.levelName)"
        switch then.judgement {
        case .confirmed: words += ", confirmed by the team"
        case .notConfirmed: words += ", not confirmed by the team"
        case .none: break
        }
        let findings = earlier.findings.filter { $0.module == id && $0.organisationId.map { data.challenge.organisationIds.contains($0) } ?? true }
        return .fragment([
            .p([], .text(words + ".")),
            findings.isEmpty
                ? .empty
                : .element("details", [], [
                    .element("summary", [], [.text("The team's findings on this module last time (\(findings.count))")]),
                    .ul([], .fragment(findings.map { Node.li([], .strong([], .text(FindingKindWords.label($0.kind) + ": ")), .text($0.text)) })),
                ]),
        ])
    }

    static func criterion(_ id: String, council: UUID?, data: SelfAssessmentData) -> Node {
        guard let earlier = data.earlier else { return .empty }
        guard let entry = earlier.entry(criterionId: id, council: council) else { return .p([.class("hint")], "Nothing was written on this criterion last time.") }
        let judgement = entry.score.map { "score \($0)" } ?? entry.judgement.map { "level \(data.levelName($0))" }
        return .element("details", [.class("last-time")], [
            .element("summary", [], [.text("Last time" + (judgement.map { ": \($0)" } ?? ""))]),
            .fragment(SelfAssessmentPage.paragraphs(entry.narrative).map { Node.p([], .text($0)) }),
        ])
    }
}
