/// What a person may do in Equitas follows from their role (and, for councils, from
/// which council they belong to; for peers, from which teams they are on).
public enum Role: String, DomainEnum {
    case administrator
    /// Runs challenges: sets them up, leads the team's work, issues the report.
    case reviewManager = "review-manager"
    /// On a challenge's team: sees that challenge from set-up to the final report.
    case peer
    /// Works for a council: its challenges, self-assessment, comments and action plans.
    case councilOfficer = "council-officer"
    /// An elected member of a council: sees what the council's officers see.
    case councillor
    /// Anyone, signed in or not: published reports and the register of awards.
    case `public`

    /// Roles that belong to one council and see only its work.
    public var isCouncilRole: Bool { self == .councilOfficer || self == .councillor }

    public var label: String {
        switch self {
        case .administrator: "Administrator"
        case .reviewManager: "Review manager"
        case .peer: "Peer"
        case .councilOfficer: "Council officer"
        case .councillor: "Councillor"
        case .public: "Public"
        }
    }
}
