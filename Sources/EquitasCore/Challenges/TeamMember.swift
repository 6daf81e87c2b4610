import Foundation

public struct TeamMember: ChallengePart, Hashable {
    public var personId: UUID
    public var role: TeamRole

    public init(personId: UUID, role: TeamRole) {
        self.personId = personId
        self.role = role
    }

    /// A peer from a body under challenge would be marking their own work: refused,
    /// whatever their role, saying which body and why.
    public func validated(in context: ChallengeContext) throws(ValidationFailure) -> TeamMember {
        if let person = context.people[personId],
            let problem = ChallengeRules.fromBodyUnderChallenge(person, challenge: context.challenge, names: context.organisationNames)
        {
            throw ValidationFailure(path: "person_id", message: problem)
        }
        return self
    }
}

public enum TeamRole: String, DomainEnum {
    case leadPeer = "lead-peer"
    case councillorPeer = "councillor-peer"
    case officerPeer = "officer-peer"
    case reviewManager = "review-manager"
    case shadowPeer = "shadow-peer"

    public var label: String {
        switch self {
        case .leadPeer: "Lead peer"
        case .councillorPeer: "Councillor peer"
        case .officerPeer: "Officer peer"
        case .reviewManager: "Review manager"
        case .shadowPeer: "Shadow peer"
        }
    }
}
