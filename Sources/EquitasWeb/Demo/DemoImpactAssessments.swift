import EquitasCore
import EquitasLibrary
import EquitasPersistence
import Fluent
import Foundation

/// The demo council's register of impact assessments (see `DemoData.impactAssessments`):
/// services across the council, some decisions still to come, one review overdue, one
/// decision unpublished. Added only when the register is empty, so loading the demo
/// twice changes nothing; validated and written as the API writes them.
enum DemoImpactAssessments {
    static let councilName = "Wyvern Vale District Council"

    static func load(on db: any Database) async throws {
        let found = try await OrganisationStore(db: db).list(try PageRequest(per: PageRequest.maximumPer), nameContains: councilName)
        guard let council = found.items.first(where: { $0.value.name == councilName }) else { return }
        let store = ImpactAssessmentStore(db: db)
        guard try await store.list(organisationId: council.id).isEmpty else { return }
        let entries = try JSONCoding.decode([ImpactAssessmentInput].self, from: try DemoData.impactAssessments())
        try await db.transactionKeepingAuthor { db in
            let store = ImpactAssessmentStore(db: db)
            for entry in entries {
                _ = try await store.create(entry.assessment(organisationId: council.id))
            }
        }
    }
}

extension ImpactAssessmentInput {
    func assessment(organisationId: UUID) -> ImpactAssessment {
        ImpactAssessment(
            organisationId: organisationId, title: title, service: service, proposal: proposal, decisionMaker: decisionMaker,
            decisionDate: decisionDate, impacts: impacts ?? [], consultation: consultation, mitigations: mitigations, outcome: outcome,
            reviewDate: reviewDate, published: published ?? false)
    }
}
