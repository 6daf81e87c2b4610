import EquitasCore
import EquitasPersistence
import Vapor

extension Request {
    private struct ChallengeFactsKey: StorageKey { typealias Value = ChallengeFacts }
    private struct PlanOrganisationKey: StorageKey { typealias Value = UUID }

    /// The access facts of the route's `:challengeID`, loaded once per request.
    func challengeFacts() async throws -> ChallengeFacts {
        if let cached = storage[ChallengeFactsKey.self] { return cached }
        let facts = try await loadChallengeFacts(id("challengeID", entity: "challenge"))
        storage[ChallengeFactsKey.self] = facts
        return facts
    }

    /// The council of the route's `:planID`, loaded once per request.
    func actionPlanOrganisation() async throws -> UUID {
        if let cached = storage[PlanOrganisationKey.self] { return cached }
        let organisation = try await loadActionPlanOrganisation(id("planID", entity: "action plan"))
        storage[PlanOrganisationKey.self] = organisation
        return organisation
    }

    /// The council named by the route's `:organisationID`, whose equality data the
    /// route serves (the middleware has already checked the actor may).
    var organisationID: UUID {
        get throws { try id("organisationID", entity: "organisation") }
    }

    /// For a decision a route makes itself (a council named in a request body): throws
    /// the same errors as the middleware when the answer is no.
    func authorize(_ kind: AccessKind, _ resource: Resource) throws {
        switch AccessDecision.decide(actor, kind, resource) {
        case .allowed: return
        case .signInNeeded: throw SignInNeeded()
        case .hidden, .forbidden:
            throw Forbidden(message: "a \(actor.role.label.lowercased()) may not \(kind == .read ? "see" : "change") that")
        }
    }

    /// Whether the actor may do this; for showing or hiding a link or a form.
    func may(_ kind: AccessKind, _ resource: Resource) -> Bool {
        AccessPolicy.allows(actor, kind, resource)
    }

    /// What the actor may see of the route's challenge's contents.
    func challengeVisibility() async throws -> ChallengeVisibility {
        ChallengeVisibility(actor, try await challengeFacts())
    }

    /// The same for a challenge in a listing the actor may already see. Only a council's
    /// or the public's answer depends on more than the role, and neither depends on the
    /// team, so the challenge's own status and councils are the facts needed.
    func listingVisibility(of challenge: Challenge) -> ChallengeVisibility {
        switch actor.role {
        case .administrator, .reviewManager, .peer: return .everything
        case .councilOfficer, .councillor, .public:
            return ChallengeVisibility(actor, ChallengeFacts(status: challenge.status, organisationIds: challenge.organisationIds, teamPersonIds: []))
        }
    }

    /// The challenges the actor may see, or nil for all of them.
    func visibleChallengeIds() async throws -> Set<UUID>? {
        try await AccessFacts(db: db).visibleChallengeIds(for: actor)
    }
}
