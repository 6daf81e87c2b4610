import Foundation

/// What a part of a challenge (a finding, a session, a team member) is checked against:
/// its framework, the organisations challenged, who is on the team, what evidence exists.
public struct ChallengeContext: Sendable {
    public var framework: Framework
    public var challenge: Challenge
    public var teamPersonIds: Set<UUID>
    public var evidenceIds: Set<UUID>
    /// The names of everyone in the directory, so that a quote attributed to one of them
    /// is refused: people speak to peers on the understanding that they are not named.
    public var directoryNames: [String]
    /// The people a team member may be, with the body each works for, and the names of
    /// the bodies under challenge: a peer from one of them is refused.
    public var people: [UUID: Person]
    public var organisationNames: [UUID: String]
    /// True for work entered now, one part at a time; false for a whole record brought
    /// in from elsewhere (an exchange file, a past report), which was checked by the
    /// team that kept it. Only entry-time rules look at it: a session outside the
    /// challenge's dates, a finding on a module out of scope.
    public var isEntry: Bool

    public init(
        framework: Framework, challenge: Challenge, teamPersonIds: Set<UUID> = [], evidenceIds: Set<UUID> = [], directoryNames: [String] = [],
        people: [UUID: Person] = [:], organisationNames: [UUID: String] = [:], isEntry: Bool = false
    ) {
        self.framework = framework
        self.challenge = challenge
        self.teamPersonIds = teamPersonIds
        self.evidenceIds = evidenceIds
        self.directoryNames = directoryNames
        self.people = people
        self.organisationNames = organisationNames
        self.isEntry = isEntry
    }

    /// A name from the directory that `text` mentions as whole words, ignoring case.
    func directoryName(in text: String) -> String? {
        let words = Self.words(text)
        return directoryNames.first { name in
            let nameWords = Self.words(name)
            guard nameWords.count >= 2, words.count >= nameWords.count else { return false }
            return (0...(words.count - nameWords.count)).contains { Array(words[$0..<($0 + nameWords.count)]) == nameWords }
        }
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(String.init)
    }

    func checkModule(_ id: String, path: String) throws(ValidationFailure) {
        guard framework.module(id) != nil else {
            throw ValidationFailure(path: path, message: "unknown \(framework.moduleNoun) \"\(id)\" in \(framework.id); known: \(framework.modules.map(\.id).joined(separator: ", "))")
        }
    }

    func checkOrganisation(_ id: UUID?, path: String) throws(ValidationFailure) {
        guard let id else { return }
        guard challenge.organisationIds.contains(id) else {
            throw ValidationFailure(path: path, message: "\(id) is not one of the organisations in this challenge")
        }
    }
}

/// Parts of a challenge check themselves against it before they are stored.
public protocol ChallengePart: Codable, Equatable, Sendable {
    func validated(in context: ChallengeContext) throws(ValidationFailure) -> Self
    /// What a reader who may read the part's route may see of it (a session without the
    /// team's notes, for the council).
    func visible(to visibility: ChallengeVisibility) -> Self
}

extension ChallengePart {
    public func visible(to visibility: ChallengeVisibility) -> Self { self }
}
