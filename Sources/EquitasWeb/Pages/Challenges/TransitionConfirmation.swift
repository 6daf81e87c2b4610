import EquitasCore
import Foundation

/// What moving a challenge's status on does, said before it is done. The words say
/// what the new stage is for; who may do what in it follows from the access rules.
enum TransitionConfirmation {
    static func make(_ challenge: Challenge, id: UUID, name: String, to status: ChallengeStatus) -> Confirmation {
        let overview = Site.challenge.path(id)
        let from = ChallengePageParts.status(challenge.status)
        let to = ChallengePageParts.status(status)
        return Confirmation(
            question: "Move the challenge to \u{201C}\(to)\u{201D}?",
            consequences: ["\(name) will move from \u{201C}\(from)\u{201D} to \u{201C}\(to)\u{201D}.", purpose(status)],
            action: Site.challengeTransitionPost.path(id), fields: [("status", status.rawValue)],
            button: "Yes, move to \u{201C}\(to)\u{201D}", destructive: false, back: overview)
    }

    static func purpose(_ status: ChallengeStatus) -> String {
        switch status {
        case .planning: "The challenge goes back to being planned."
        case .selfAssessment: "The council records its self-assessment: a judgement, a narrative and evidence for each criterion in scope."
        case .onSite: "The team's on-site days: the programme of sessions, with the team's notes and emerging findings."
        case .drafting: "The review manager writes the report from the team's findings and recommendations."
        case .councilReview: "The council reads the draft report and comments on it."
        case .final: "The final report is issued: what the challenge records can no longer change."
        case .published: "The final report will be on the public site, where anyone can read it."
        }
    }
}
