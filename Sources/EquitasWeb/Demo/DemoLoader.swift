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
        /// The same councils' next challenge, which follows the demo challenge.
        public var followUpId: UUID
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
            challengeId = try await importWithReportTrail(document, on: db, catalog: catalog)
            created = true
        }
        try await DemoWorkforce.load(on: db)
        try await DemoImpactAssessments.load(on: db)
        try await DemoEqualityObjectives.load(on: db)
        let plans = try await ActionPlanStore(db: db, catalog: catalog).list(try PageRequest(per: 1), organisationId: nil, challengeId: challengeId)
        let planId: UUID
        if let plan = plans.items.first {
            planId = plan.id
        } else {
            planId = try await ActionPlanInterchange(db: db, catalog: catalog).importDocument(try DemoData.actionPlanDocument(), challengeId: challengeId)
            created = true
        }
        let followUpId: UUID
        if let existing = try await ChallengeStore(db: db, catalog: catalog).followers(of: challengeId).first {
            followUpId = existing.id
        } else {
            var followUp = try ChallengeDocument.decode(try DemoData.followUpDocument())
            followUp.follows = challengeId
            followUpId = try await ChallengeInterchange(db: db, catalog: catalog).importDocument(followUp)
            created = true
        }
        return Outcome(challengeId: challengeId, actionPlanId: planId, followUpId: followUpId, created: created)
    }

    /// The demo is published, and a published challenge shows its final report: so it
    /// goes in as it stood in council review, then its draft and final versions are
    /// issued a fortnight and a month after the on-site days, and it is published.
    private static func importWithReportTrail(_ document: ChallengeDocument, on db: any Database, catalog: FrameworkCatalog) async throws -> UUID {
        var review = document
        review.status = ChallengeStatus.drafting.rawValue
        let id = try await ChallengeInterchange(db: db, catalog: catalog).importDocument(review)
        let versions = ReportVersionStore(db: db, catalog: catalog)
        // The demo's own document always has its dates: its report trail is dated from them,
        // never from the day it is loaded, so the demo reads the same whenever it is made.
        guard let onSite = document.end else { throw ValidationFailure(path: "end", message: "the demo challenge has no end date") }
        _ = try await versions.issueDraft(challengeId: id, issuedBy: "Demo Review Manager", on: onSite.adding(days: 14) ?? onSite)
        _ = try await versions.issueFinal(challengeId: id, issuedBy: "Demo Review Manager", on: onSite.adding(days: 30) ?? onSite)
        _ = try await ChallengeStore(db: db, catalog: catalog).transition(id, to: .published)
        return id
    }

    private static func existingChallenge(named name: String?, on db: any Database, catalog: FrameworkCatalog) async throws -> UUID? {
        guard let name else { return nil }
        let organisations = try await OrganisationStore(db: db).list(try PageRequest(per: PageRequest.maximumPer), nameContains: name)
        for organisation in organisations.items where organisation.value.name == name {
            // The first cycle's: the follow-up is newer, and follows it.
            let challenges = try await ChallengeStore(db: db, catalog: catalog).list(try PageRequest(per: PageRequest.maximumPer), organisationId: organisation.id)
            if let first = challenges.items.last(where: { $0.value.follows == nil }) { return first.id }
        }
        return nil
    }
}
