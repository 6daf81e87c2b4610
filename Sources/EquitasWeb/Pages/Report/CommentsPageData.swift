import EquitasCore
import Foundation

/// What the comments page shows: every comment by the draft it was made on, the places
/// in each draft in words, and the forms this person may use.
struct CommentsPageData {
    var work: PeerWorkRecord
    var versions: [ReportVersionSummary]
    var comments: [Identified<ReportComment>]
    /// Keyed by version number: the drafts that have comments, and the latest draft.
    var places: [Int: ReportAnchorWords]
    /// The draft a new comment goes on, when this person may comment now.
    var commentable: ReportVersionSummary?
    var mayResolve: Bool
    var csrf: String?
    var done: String?

    /// Numbered in the order shown, so "Resolve comment 2" names one.
    var numbered: [(number: Int, comment: Identified<ReportComment>)] {
        comments.enumerated().map { ($0.offset + 1, $0.element) }
    }

    func placeWords(_ comment: ReportComment) -> String {
        places[comment.version]?.words(comment.anchor) ?? comment.anchor.label
    }
}
