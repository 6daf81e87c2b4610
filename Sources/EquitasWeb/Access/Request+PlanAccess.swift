import EquitasCore
import EquitasPersistence
import Vapor

/// Decisions about action plans that depend on the request's body or query (whose
/// plan is being made), which the route's declaration alone cannot settle.
extension Request {
    /// The council a plan listing may cover: whatever was asked for, except that a
    /// council's own people only ever see their council's plans (another council's id
    /// finds nothing rather than an error that would confirm it exists).
    func planOrganisationFilter() throws -> UUID? {
        let asked = try optionalUUIDQuery("organisation_id")
        guard actor.role.isCouncilRole else { return asked }
        guard let own = actor.organisationId, asked == nil || asked == own else { return UUID() }
        return own
    }

    /// A plan from a challenge's final report: the challenge must be one the actor may
    /// see, and the council whose plan it is one the actor may write plans for.
    func authorizePlanFromChallenge(organisationId: UUID?) async throws {
        let facts = try await challengeFacts()
        guard may(.read, .challenge(facts, part: .report)) else {
            throw NotFound(entity: "challenge", id: try id("challengeID", entity: "challenge"))
        }
        let council = organisationId ?? (actor.role.isCouncilRole ? actor.organisationId : facts.organisationIds.first)
        if let council { try authorize(.write, .actionPlan(organisationId: council)) }
    }

    /// A new plan from a file. A whole `equitas.action-plan/1` document carries its own
    /// council and history, so only those who run challenges import one; a council
    /// officer imports a spreadsheet as their own council's plan.
    func authorizeNewPlan(organisationId: UUID?, isDocument: Bool) throws {
        if actor.role == .administrator || actor.role == .reviewManager { return }
        guard !isDocument else {
            throw Forbidden(message: "a whole action plan document is imported by a review manager; import your plan's spreadsheet instead")
        }
        if let organisationId { try authorize(.write, .actionPlan(organisationId: organisationId)) }
    }
}
