import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("An impact assessment as evidence")
struct EvidenceAssessmentAttachmentTests {
    static func assessment(_ council: UUID, _ title: String) -> ImpactAssessment {
        ImpactAssessment(organisationId: council, title: title, service: "Housing", proposal: "A change.", decisionDate: CalendarDate("2025-06-01"))
    }

    @Test("the evidence page offers the council's register; the attached assessment is evidence linked to criteria like any other")
    func attach() async throws {
        try await withTestApp { app in
            let organisations = OrganisationStore(db: app.db)
            let council = try await organisations.create(Organisation(name: "Wyvern Vale District Council", type: .districtCouncil)).id
            let other = try await organisations.create(Organisation(name: "Calder Moor Borough Council", type: .boroughCouncil)).id
            let store = ImpactAssessmentStore(db: app.db)
            let ours = try await store.create(Self.assessment(council, "Housing allocations policy"))
            let theirs = try await store.create(Self.assessment(other, "Their leisure review"))
            let challenge = try await ChallengeStore(db: app.db, catalog: shippedCatalog).create(
                Challenge(organisationIds: [council], frameworkId: "eflg-2021", modules: [ModuleScope(id: "communities", level: "achieving")])).id
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let path = "/challenges/\(challenge.uuidString.lowercased())/evidence"

            let page = try await officer.get(path)
            let options = try PageCheck.structure(page.text).all("option").map(\.allText)
            #expect(options.contains("Housing allocations policy") && !options.contains("Their leisure review"))

            let refused = try await officer.post(path + "/impact-assessment", form: [("impact_assessment_id", theirs.id.uuidString)])
            #expect(refused.status == .unprocessableEntity)
            #expect(try PageCheck.structure(refused.text).all("a").contains { $0.attributes["href"] == "#field-impact-assessment-id" })
            let evidence = EvidenceStore(db: app.db, catalog: shippedCatalog)
            #expect(try await evidence.list(challengeId: challenge, PageRequest()).items.isEmpty)

            let attached = try await officer.post(path + "/impact-assessment", form: [("impact_assessment_id", ours.id.uuidString)])
            #expect(attached.status == .seeOther && attached.headers.first(name: .location) == path + "?done=attached")
            let document = try #require(try await evidence.list(challengeId: challenge, PageRequest()).items.first)
            #expect(document.value == EvidenceDocument(
                title: "Housing allocations policy", kind: .impactAssessment, date: CalendarDate("2025-06-01"), impactAssessmentId: ours.id))
            let shown = try await officer.get(path)
            #expect(shown.text.contains("href=\"/organisations/\(council.uuidString.lowercased())/impact-assessments/\(ours.id.uuidString.lowercased())\""))

            // Linked to a criterion like any other evidence.
            let criterion = try #require(shippedCatalog.frameworks.first { $0.id == "eflg-2021" }?.modules.first { $0.id == "communities" }?
                .criteria.first?.id)
            let entry = try await ChallengePartStore<SelfAssessmentEntry>(db: app.db, catalog: shippedCatalog).create(
                challengeId: challenge, SelfAssessmentEntry(criterionId: criterion, organisationId: council, narrative: "See the assessment.", evidenceIds: [document.id]))
            #expect(entry.value.evidenceIds == [document.id])

            // Through the API, another council's assessment is refused with the field named.
            let api = APIClient(app: app)
            let byAPI = try await api.send(
                .POST, "/api/v1/challenges/\(challenge)/evidence", raw: #"{"title": "X", "impact_assessment_id": "\#(theirs.id)"}"#)
            #expect(byAPI.status == .unprocessableEntity && byAPI.error?.path == "impact_assessment_id")
        }
    }
}
