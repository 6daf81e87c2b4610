import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The demo's workforce data")
struct DemoWorkforceTests {
    @Test("the demo council has two 31 March snapshots of about 600 staff and a community profile; loading again adds none")
    func demo() async throws {
        try await withTestApp { app in
            _ = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let councils = try await OrganisationStore(db: app.db).list(try PageRequest(per: 100), nameContains: "Wyvern Vale District Council")
            let council = try #require(councils.items.first)
            let store = WorkforceStore(db: app.db)
            let first = try await store.snapshots(organisationId: council.id)
            #expect(first.map(\.value.date.description) == ["2025-03-31", "2026-03-31"])
            #expect(first.allSatisfy { (550...650).contains($0.value.staffCount) })
            let staff = try await store.records(snapshotId: first[1].id)
            #expect(staff.count == first[1].value.staffCount)
            let gap = GenderPayGap.report(staff, snapshot: first[1].value.date)
            #expect((gap.meanHourlyGap ?? 0) > 0, "women fill the lower grades, so men are paid more on average")
            let profile = try #require(try await store.communityProfile(organisationId: council.id))
            #expect(profile.characteristics == ["sex", "ethnicity", "disability", "age_band", "religion_or_belief", "sexual_orientation"])

            _ = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            #expect(try await store.snapshots(organisationId: council.id).map(\.id) == first.map(\.id))
        }
    }
}
