import EquitasCore
import Foundation

/// Pieces the challenge pages share: how a challenge is named, the trail back to it,
/// the box that confirms a change, and the words for its enumerations.
enum ChallengePageParts {
    /// "Challenge of High Peak and Derbyshire Dales": councils name a challenge better than its id.
    static func name(councils: [String]) -> String {
        guard !councils.isEmpty else { return "Challenge" }
        let joined = councils.count == 1
            ? councils[0] : councils.dropLast().joined(separator: ", ") + " and " + councils[councils.count - 1]
        return "Challenge of \(joined)"
    }

    /// "Wyvern Vale District Council and Calder Moor Borough Council (11 to 13 March
    /// 2025)": a challenge listed beside others. Councils are challenged again (a
    /// follow-up, a past report brought in), so their names alone do not tell one
    /// council's challenges apart; the dates do.
    static func listedName(councils: [String], start: CalendarDate?, end: CalendarDate?) -> String {
        let joined = PublishedPage.joined(councils)
        let when = start == nil && end == nil ? "dates not set" : dates(start, end)
        return (joined.isEmpty ? "Challenge" : joined) + " (\(when))"
    }

    /// Challenges › this challenge › this page; the current page is the last crumb, not a link.
    static func breadcrumbs(_ trail: [(path: String?, words: String)]) -> Node {
        let steps = trail.compactMap { crumb in crumb.path.map { (path: $0, words: crumb.words) } }
        return Breadcrumbs.node(steps, current: trail.last.flatMap { $0.path == nil ? $0.words : nil })
    }

    /// Shown after a redirect, when the query says what was just done.
    static func notification(_ message: String?) -> Node {
        guard let message else { return .empty }
        return StatusMessage.node(message)
    }

    static func kind(_ kind: ChallengeKind) -> String {
        switch kind {
        case .peerChallenge: "Peer challenge"
        case .selfAssessment: "Self-assessment only (no peer team)"
        }
    }

    static func status(_ status: ChallengeStatus) -> String { FormErrors.sentence(status.label) }

    static func sessionKind(_ kind: SessionKind) -> String {
        switch kind {
        case .interview: "Interview"
        case .focusGroup: "Focus group"
        case .documentReview: "Document review"
        case .siteVisit: "Site visit"
        case .feedback: "Feedback"
        }
    }

    /// "12 March 2025 to 14 March 2025" reads worse than "12 to 14 March 2025".
    static func dates(_ start: CalendarDate?, _ end: CalendarDate?) -> String {
        switch (start, end) {
        case let (start?, end): CalendarDate.range(start, end)
        case let (nil, end?): "Ends \(end.longForm)"
        case (nil, nil): "Not set"
        }
    }

    static func framework(_ framework: Framework?, id: String, version: String?) -> String {
        guard let framework else { return "\(id) \(version ?? "")" }
        return "\(framework.name) (\(framework.version))"
    }
}
