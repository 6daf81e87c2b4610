import EquitasCore
import EquitasLibrary
import EquitasPersistence
import Fluent
import Foundation

/// Loads the demo shipped with Equitas, once: the challenge, then the action plan that
/// answers its report. A second call finds them and leaves the database as it is.
public enum DemoLoader {
    public struct Outcome: Sendable {
        public var challengeId: UUID
        public var actionPlanId: UUID
        public var created: Bool
    }

    public static func load(on db: any Database, catalog: FrameworkCatalog) async throws -> Outcome {
        let data = try DemoData.challengeDocument()
        let document = try ChallengeDocument.decode(data)
        var created = false
        let challengeId: UUID
        if let existing = try await existingChallenge(named: document.organisations.first?.name, on: db, catalog: catalog) {
            challengeId = existing
        } else {
            challengeId = try await ChallengeInterchange(db: db, catalog: catalog).importDocument(data)
            created = true
        }
        let plans = try await ActionPlanStore(db: db, catalog: catalog).list(try PageRequest(per: 1), organisationId: nil, challengeId: challengeId)
        if let plan = plans.items.first {
            return Outcome(challengeId: challengeId, actionPlanId: plan.id, created: created)
        }
        let planId = try await ActionPlanInterchange(db: db, catalog: catalog).importDocument(try DemoData.actionPlanDocument(), challengeId: challengeId)
        return Outcome(challengeId: challengeId, actionPlanId: planId, created: true)
    }

    private static func existingChallenge(named name: String?, on db: any Database, catalog: FrameworkCatalog) async throws -> UUID? {
        guard let name else { return nil }
        let organisations = try await OrganisationStore(db: db).list(try PageRequest(per: PageRequest.maximumPer), nameContains: name)
        for organisation in organisations.items where organisation.value.name == name {
            let challenges = try await ChallengeStore(db: db, catalog: catalog).list(try PageRequest(per: 1), organisationId: organisation.id)
            if let first = challenges.items.first { return first.id }
        }
        return nil
    }
}
