import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Challenges listed beside each other are told apart by their dates")
struct ChallengeNamesTests {
    @Test("the demo's council officer sees the first challenge and its follow-up under different names, on the dashboard and the list")
    func demoOfficer() async throws {
        try await withTestApp { app in
            let outcome = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let council = try #require(try await ChallengeStore(db: app.db, catalog: shippedCatalog).get(outcome.challengeId).value.organisationIds.first)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            for page in ["/dashboard", "/challenges"] {
                let root = try PageCheck.structure(try await officer.get(page).text)
                let names = root.all("a").filter { $0.attributes["href"]?.hasPrefix("/challenges/") == true && $0.attributes["href"]?.count == 48 }
                    .map(\.allText)
                #expect(names.count >= 2, "\(page): \(names)")
                #expect(Set(names).count == names.count, "\(page): every challenge has its own name: \(names)")
                #expect(names.contains { $0.hasSuffix("(11 to 13 March 2025)") }, "\(page): \(names)")
                #expect(names.contains { $0.hasSuffix("(14 to 16 March 2028)") }, "\(page): \(names)")
            }
        }
    }

    @Test("a challenge without dates says so in its name")
    func undated() {
        #expect(ChallengePageParts.listedName(councils: ["A Council", "B Council"], start: nil, end: nil) == "A Council and B Council (dates not set)")
        let day = CalendarDate(year: 2026, month: 3, day: 10)!
        #expect(ChallengePageParts.listedName(councils: ["A Council"], start: day, end: day) == "A Council (10 March 2026)")
    }
}
