import Foundation

/// Something waiting for a person, as their dashboard lists it (a GOV.UK task list):
/// what to do in words, where to do it, and how far it has gone.
public struct AwaitingTask: Hashable, Sendable {
    /// The page of the challenge where the task is done; each is a part of the
    /// challenge, so whether the person may open it is `AccessPolicy`'s to say.
    public enum Place: String, Hashable, Sendable {
        case overview, selfAssessment, programme, report, comments, draftReading

        public var area: ChallengeArea {
            switch self {
            case .overview: .setUp
            case .selfAssessment: .selfAssessment
            case .programme: .programme
            case .report, .draftReading: .report
            case .comments: .comments
            }
        }
    }

    /// How the task stands, shown as its tag.
    public enum State: Hashable, Sendable {
        case notStarted
        case inProgress(String)
        case due(String)

        public var words: String {
            switch self {
            case .notStarted: "Not started"
            case .inProgress(let words), .due(let words): words
            }
        }
    }

    public var challengeId: UUID
    public var words: String
    public var place: Place
    public var state: State

    public init(challengeId: UUID, words: String, place: Place, state: State) {
        self.challengeId = challengeId
        self.words = words
        self.place = place
        self.state = state
    }
}
