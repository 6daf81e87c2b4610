import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The demo's impact assessment register")
struct DemoImpactAssessmentsTests {
    @Test("the demo council has eight assessments: some planned, one overdue for review, one decided but unpublished; loading again adds none")
    func register() async throws {
        try await withTestApp { app in
            _ = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            _ = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let councils = try await OrganisationStore(db: app.db).list(try PageRequest(per: 100), nameContains: "Wyvern Vale District Council")
            let council = try #require(councils.items.first)
            let register = try await ImpactAssessmentStore(db: app.db).list(organisationId: council.id)
            #expect(register.count == 8)
            #expect(Set(register.map(\.value.service)).count >= 6)
            let programme = ImpactAssessmentProgramme(register, asOf: CalendarDate("2026-11-23")!)
            #expect(programme.counts.planned == 2)
            #expect(programme.overdueForReview.map(\.title) == ["Charging for garden waste collections"])
            #expect(programme.decidedUnpublished.map(\.title) == ["Appointment-only opening at the Ashby Road customer service centre"])
            let ratings = Set(register.flatMap { $0.value.impacts.map(\.rating) })
            #expect(ratings == Set(ImpactRating.allCases))
        }
    }
}
