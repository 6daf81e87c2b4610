import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// One line of the plan register: the plan, whose it is, what it answers and where its
/// actions stand today.
struct PlanRegisterEntry {
    var plan: Identified<ActionPlan>
    var councilName: String
    /// "Peer challenge of Wyvern Vale District Council and …, from 9 June 2025"; nil
    /// for a council's own plan.
    var challenge: String?
    var summary: PlanSummary

    /// Every plan given, whole, with names looked up once each. The register shows no
    /// names of lead officers or modules, so the summary needs no vocabulary.
    static func load(_ records: [ActionPlanRecord], req: Request) async throws -> [PlanRegisterEntry] {
        var names = OrganisationNames(store: OrganisationStore(db: req.db))
        let challenges = ChallengeStore(db: req.db, catalog: req.catalog)
        let today = req.today
        var entries: [PlanRegisterEntry] = []
        for record in records {
            let council = try await names.names([record.plan.value.organisationId])[0]
            var words: String?
            if let challengeId = record.plan.value.challengeId {
                let challenge = try await challenges.get(challengeId).value
                let councils = try await names.names(challenge.organisationIds).joined(separator: " and ")
                words = "Peer challenge of \(councils)" + (challenge.start.map { ", from \($0.longForm)" } ?? "")
            }
            entries.append(
                PlanRegisterEntry(
                    plan: record.plan, councilName: council, challenge: words,
                    summary: PlanSummary.make(record: record, vocabulary: PlanVocabulary(people: []), asOf: today)))
        }
        return entries
    }
}
