import EquitasCore
import FluentKit
import Foundation

/// The checks a plan and its parts pass before they are written, beyond each value's
/// own validation: what they refer to must exist and belong together.
extension ActionPlanStore {
    /// A new plan under a new id.
    func checkedNew(_ plan: ActionPlan, id: UUID) async throws -> ActionPlan {
        try await checkUnused(id, ActionPlanRow.self)
        let valid = try plan.validated()
        guard let organisation = try await OrganisationRow.find(valid.organisationId, on: db) else {
            throw ValidationFailure(
                path: "organisation_id", message: NotFound(entity: OrganisationRow.noun, id: valid.organisationId).description)
        }
        if let challengeId = valid.challengeId {
            try await checkAnswerable(challengeId, by: organisation)
        }
        return valid
    }

    /// A council answers a challenge's final report, once.
    private func checkAnswerable(_ challengeId: UUID, by organisation: OrganisationRow) async throws {
        guard let challenge = try await ChallengeRow.find(challengeId, on: db) else {
            throw ValidationFailure(path: "challenge_id", message: NotFound(entity: ChallengeRow.noun, id: challengeId).description)
        }
        let status: ChallengeStatus = try challenge.read(challenge.status, column: "status")
        guard status == .final || status == .published else {
            throw RuleViolation("an action plan answers the final report; this challenge is at \(status.label)")
        }
        let organisationId = try organisation.requireID()
        let named = try await ChallengeOrganisationRow.query(on: db)
            .filter("challenge_id", .equal, challengeId).filter("organisation_id", .equal, organisationId).count()
        guard named > 0 else {
            throw ValidationFailure(path: "organisation_id", message: "\(organisation.name) is not one of this challenge's councils")
        }
        let existing = try await ActionPlanRow.query(on: db)
            .filter("challenge_id", .equal, challengeId).filter("organisation_id", .equal, organisationId).first()
        if let existing {
            let id = try existing.requireID().uuidString.lowercased()
            throw RuleViolation("\(organisation.name) already has an action plan for this challenge (\(id)); work on that plan instead")
        }
    }

    /// An item as it may be stored in this plan: its number used once, and the
    /// recommendation it answers one of the plan's challenge, meant for this council.
    func checkedItem(_ item: PlanItem, id: UUID, in plan: Identified<ActionPlan>) async throws -> PlanItem {
        let valid = try item.validated()
        let taken = try await PlanItemRow.query(on: db)
            .filter("plan_id", .equal, plan.id).filter("number", .equal, valid.number).filter(.id, .notEqual, id).count()
        guard taken == 0 else {
            throw ValidationFailure(path: "number", message: "\(valid.number) is already used by another item of this plan")
        }
        if let recommendationId = valid.recommendationId {
            try await checkRecommendation(recommendationId, for: plan.value)
        }
        return valid
    }

    private func checkRecommendation(_ id: UUID, for plan: ActionPlan) async throws {
        guard let challengeId = plan.challengeId else {
            throw ValidationFailure(
                path: "recommendation_id", message: "this plan answers no challenge, so none of its items answers a recommendation")
        }
        let row = try await RecommendationRow.query(on: db).filter(.id, .equal, id).filter("challenge_id", .equal, challengeId).first()
        guard let row else {
            throw ValidationFailure(
                path: "recommendation_id", message: "no recommendation of this plan's challenge has id \(id.uuidString.lowercased())")
        }
        if let council = row.organisationId, council != plan.organisationId {
            throw ValidationFailure(path: "recommendation_id", message: "recommendation \(row.number) is meant for another council")
        }
    }

    /// An action with a lead officer who exists.
    func checkedAction(_ action: PlanAction) async throws -> PlanAction {
        let valid = try action.validated()
        if let lead = valid.leadId, try await !PersonRow.exists(lead, on: db) {
            throw ValidationFailure(path: "lead_id", message: NotFound(entity: PersonRow.noun, id: lead).description)
        }
        return valid
    }

    /// Refuses a caller's id that something of the same kind already has.
    func checkUnused<Row: EquitasRow>(_ id: UUID, _: Row.Type) async throws {
        guard try await !Row.exists(id, on: db) else {
            throw ValidationFailure(path: "id", message: "\(id.uuidString.lowercased()) is already used by another \(Row.noun)")
        }
    }

    func plan(_ id: UUID) async throws -> Identified<ActionPlan> {
        try await ActionPlanRow.require(id, on: db).identified()
    }
}
