import EquitasCore
import Foundation

/// What the report page shows and offers, decided before it is drawn: the versions
/// issued, which buttons this person may press now, and any plans already made.
struct ReportPageData {
    var work: PeerWorkRecord
    var versions: [ReportVersionSummary]
    var plans: [Identified<ActionPlan>]
    var mayIssue: Bool
    /// The team and its managers; the council sees only what has been issued to it.
    var mayReadWorkingCopy: Bool
    /// The last day's feedback, once recorded.
    var feedback: FeedbackSummary?
    /// The review manager records the feedback while the team is on site or drafting.
    var mayRecordFeedback: Bool
    /// The councils this person may start a plan for, once the report is final.
    var planCouncils: [UUID]
    var csrf: String?
    var done: String?

    var status: ChallengeStatus { work.challenge.status }

    var mayIssueDraft: Bool { mayIssue && (status == .drafting || status == .councilReview) }

    /// Why the final report cannot be issued yet, when the draft trail is otherwise at that point.
    var finalBlocker: String? { ReportTrail.unresolvedMessage(versions) }

    var mayIssueFinal: Bool {
        mayIssue && status == .councilReview && versions.contains { $0.kind == .draft } && !versions.contains { $0.kind == .final }
            && finalBlocker == nil
    }
}
