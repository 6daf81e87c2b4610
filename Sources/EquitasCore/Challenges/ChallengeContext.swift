import Foundation

/// What a part of a challenge (a finding, a session, a team member) is checked against:
/// its framework, the organisations challenged, who is on the team, what evidence exists.
public struct ChallengeContext: Sendable {
    public var framework: Framework
    public var challenge: Challenge
    public var teamPersonIds: Set<UUID>
    public var evidenceIds: Set<UUID>

    public init(framework: Framework, challenge: Challenge, teamPersonIds: Set<UUID> = [], evidenceIds: Set<UUID> = []) {
        self.framework = framework
        self.challenge = challenge
        self.teamPersonIds = teamPersonIds
        self.evidenceIds = evidenceIds
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
}
