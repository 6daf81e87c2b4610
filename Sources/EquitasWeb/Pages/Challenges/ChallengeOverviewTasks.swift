import EquitasCore
import Foundation

/// A challenge's parts as a task list on its overview: each part the viewer may open,
/// with how far it has gone ("3 findings", "Draft 2 issued", "2 comments open").
enum ChallengeOverviewTasks {
    static let headingID = "parts-heading"

    static func node(_ model: ChallengeOverviewPage.Model) -> Node {
        let items = ChallengeOverviewPage.areas.filter { model.readable.contains($0.area) }.map { area in
            let (state, tone) = state(area.segment, model)
            return TaskList.Item(
                words: area.words, path: area.page.path(model.id), hint: hint(area.segment), state: state, tone: tone)
        }
        let deck = model.feedback.map { feedback in
            TaskList.Item(
                words: "The feedback deck as presented (PowerPoint)", path: Site.challengeFeedbackDeck.path(model.id), hint: nil,
                state: "Presented on \(feedback.givenOn.longForm)", tone: .done)
        }
        return .section(
            [.aria("labelledby", headingID)],
            .h2([.id(headingID)], "Parts of this challenge"),
            TaskList.node(items + (deck.map { [$0] } ?? []), prefix: "part", labelledBy: headingID))
    }

    static func hint(_ segment: String) -> String? {
        switch segment {
        case "self-assessment": "The council's own assessment against the framework"
        case "evidence": "Documents and links the council offers"
        case "programme": "The sessions of the visit"
        case "conclusion": "The team's conclusion and the level awarded"
        case "comments": "The council's comments on the drafts and how they were resolved"
        case "changes": "Who changed what, and when"
        default: nil
        }
    }

    static func state(_ segment: String, _ model: ChallengeOverviewPage.Model) -> (String, TaskList.Tone) {
        let progress = model.progress
        let past = { (status: ChallengeStatus) in model.challenge.status > status }
        switch segment {
        case "self-assessment": return counted(progress.selfAssessment, "entry", "entries", finished: past(.selfAssessment))
        case "evidence": return counted(progress.evidence, "item", "items", finished: past(.onSite))
        case "programme": return counted(progress.sessions, "session", "sessions", finished: past(.onSite))
        case "findings": return counted(progress.findings, "finding", "findings", finished: past(.councilReview))
        case "recommendations": return counted(progress.recommendations, "recommendation", "recommendations", finished: past(.councilReview))
        case "conclusion":
            if model.challenge.award != nil { return ("Level awarded", .done) }
            return model.challenge.conclusion == nil ? ("Not written", .notStarted) : ("Written", .started)
        case "report":
            if let final = progress.versions.last(where: { $0.kind == .final }) { return ("Final report issued \(final.issuedOn.longForm)", .done) }
            if let draft = progress.versions.last(where: { $0.kind == .draft }) { return ("Draft \(draft.number) issued", .started) }
            return ("Not issued yet", .notStarted)
        case "comments":
            guard progress.versions.contains(where: { $0.kind == .draft }) else { return ("No draft yet", .none) }
            let open = progress.versions.reduce(0) { $0 + $1.comments.unresolved }
            let made = progress.versions.reduce(0) { $0 + $1.comments.total }
            if open > 0 { return ("\(open) open", .waiting) }
            return made == 0 ? ("None made", .notStarted) : ("All resolved", .done)
        default:
            return ("", .none)
        }
    }

    /// "3 findings", or "None yet"; done once the challenge has gone past the stage.
    static func counted(_ count: Int?, _ one: String, _ many: String, finished: Bool) -> (String, TaskList.Tone) {
        guard let count, count > 0 else { return ("None yet", finished ? .none : .notStarted) }
        return ("\(count) \(count == 1 ? one : many)", finished ? .done : .started)
    }
}
