import EquitasCore
import Vapor

@testable import EquitasWeb

/// What each role may do with each part of its own council's challenge at each status,
/// written out by hand from DOMAIN.md's "What stays with the team" — not from the
/// policy, nor from the routes' declarations — so that a route declared with the wrong
/// part, or a policy that drifts, fails the matrix.
enum ChallengeAccessTable {
    /// The statuses the matrix visits, in order, with what has happened by then: the
    /// feedback is recorded in drafting (before any draft), the first draft issued to
    /// begin council review.
    static let statuses: [ChallengeStatus] = [.selfAssessment, .onSite, .drafting, .councilReview, .final, .published]

    /// The part a route touches, read from its path by hand. Nil for routes that are
    /// not a challenge's parts; a path under a challenge that is not listed here fails.
    static func part(method: HTTPMethod, path: [String], page: Bool) -> ChallengeArea?? {
        guard let at = path.firstIndex(of: "challenges"), at + 1 < path.count, path[at + 1] == ":challengeID" else { return .some(nil) }
        let rest = Array(path[(at + 2)...])
        switch rest.first {
        case nil, "edit", "transition", "export", "changes", "team": return .setUp
        case "self-assessment": return .selfAssessment
        case "evidence": return .evidence
        case "programme": return .programme
        case "findings", "recommendations", "conclusion": return .peerWork
        case "feedback": return .feedback
        case "comments": return rest.contains("resolution") ? .reportVersions : .comments
        case "action-plan": return .some(nil)
        case "report":
            switch rest.dropFirst().first {
            case nil, "download", "diff", "reading": return .report
            case "preview": return .workingCopy
            case "comments": return rest.contains("resolution") ? .reportVersions : .comments
            case "versions", "draft", "final":
                // Comments on a version live under the version in the API.
                return rest.contains("comments") ? (rest.contains("resolution") ? .reportVersions : .comments) : .reportVersions
            default: return nil
            }
        default: return nil
        }
    }

    /// One letter per status of `statuses`: 2 the route runs, 3 refused (403), 4 hidden
    /// (404), S sign in first.
    struct Row {
        var read: String
        var write: String
    }

    static let admin = Row(read: "222222", write: "222222")

    /// The council's officer: reads what it organises and writes at once, the team's
    /// work only as it is handed over, its notes never.
    static let officer: [ChallengeArea: Row] = [
        .setUp: Row(read: "222222", write: "333333"),
        .selfAssessment: Row(read: "222222", write: "222233"),
        .evidence: Row(read: "222222", write: "222233"),
        .programme: Row(read: "222222", write: "333333"),
        .teamNotes: Row(read: "444444", write: "444444"),
        .peerWork: Row(read: "444422", write: "444433"),
        .feedback: Row(read: "442222", write: "443333"),
        .reportVersions: Row(read: "222222", write: "333333"),
        .comments: Row(read: "222222", write: "333233"),
        .report: Row(read: "444222", write: "444333"),
        .workingCopy: Row(read: "444442", write: "444443"),
    ]

    /// The councillor reads as the officer does and writes nothing.
    static let councillor: [ChallengeArea: Row] = officer.mapValues { row in
        Row(read: row.read, write: String(row.read.map { $0 == "2" ? "3" : $0 }))
    }

    /// A peer on the team reads everything until the final report (then only what is
    /// published) and writes the team's work until the report is final.
    static let peer: [ChallengeArea: Row] = [
        .setUp: Row(read: "222224", write: "333334"),
        .selfAssessment: Row(read: "222224", write: "333334"),
        .evidence: Row(read: "222224", write: "222234"),
        .programme: Row(read: "222224", write: "222234"),
        .teamNotes: Row(read: "222224", write: "222234"),
        .peerWork: Row(read: "222224", write: "222234"),
        .feedback: Row(read: "222224", write: "333334"),
        .reportVersions: Row(read: "222224", write: "333334"),
        .comments: Row(read: "222224", write: "333334"),
        .report: Row(read: "222222", write: "333333"),
        .workingCopy: Row(read: "222222", write: "333333"),
    ]

    static let publicRow = Row(read: "SSSSSS", write: "SSSSSS")
    static let publicReport = Row(read: "SSSSS2", write: "SSSSSS")

    /// The letter for a role on a part at a status, for its own council's challenge or
    /// another's. On another council's challenge a council's people and a peer not on
    /// its team find nothing but the published report.
    static func letter(role: Role, part: ChallengeArea, status: ChallengeStatus, kind: AccessKind, ours: Bool) -> Character {
        let index = statuses.firstIndex(of: status)!
        let published = part == .report || part == .workingCopy
        let row: Row
        switch role {
        case .administrator, .reviewManager: row = admin
        case .public: row = published ? publicReport : publicRow
        case .peer, .councilOfficer, .councillor:
            if !ours {
                row = published ? Row(read: "444442", write: "444443") : Row(read: "444444", write: "444444")
            } else {
                row = (role == .peer ? peer : role == .councilOfficer ? officer : councillor)[part]!
            }
        }
        let letters = Array(kind == .read ? row.read : row.write)
        return letters[index]
    }

    static func status(for letter: Character, method: HTTPMethod, page: Bool) -> HTTPResponseStatus {
        switch letter {
        case "2": .noContent
        case "3": .forbidden
        case "4": .notFound
        default: page && method == .GET ? .seeOther : .unauthorized
        }
    }
}
