import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Workforce profile and equality report pages")
struct ProfilePageTests {
    @Test("an officer sees the profile with charts, tables and disclosure; the report previews and downloads")
    func pages() async throws {
        try await withTestApp { app in
            // The report is dated by the application's clock, not the machine's.
            app.equitas.clock = .fixed(CalendarDate(year: 2026, month: 4, day: 20)!)
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            _ = try await EqualityReportAPITests.seed(api, council)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let base = "/organisations/\(council.uuidString.lowercased())/workforce"

            let profile = try await officer.get(base + "/profile")
            #expect(profile.status == .ok)
            try PageCheck.structure(profile.text)
            #expect(profile.text.contains("<svg") && profile.text.contains("role=\"img\"") && profile.text.contains("<desc"))
            #expect(profile.text.contains("<caption>Disclosure rate by characteristic on 31 March 2026</caption>"))
            // One disability is recorded as a script: it stays text.
            #expect(!profile.text.contains("<script>alert(1)</script>"))
            #expect(profile.text.contains("+8.8 points"))
            let older = try await officer.get(base + "/profile?snapshot=2025-03-31")
            #expect(older.status == .ok && older.text.contains("24 staff on 31 March 2025"))
            #expect(try await officer.get(base + "/profile?snapshot=2020-01-01").status == .notFound)

            let report = try await officer.get(base + "/equality-report")
            #expect(report.status == .ok)
            try PageCheck.structure(report.text)
            #expect(report.text.contains(base + "/equality-report/download?format=docx"))
            let download = try await officer.get(base + "/equality-report/download?format=md")
            #expect(download.status == .ok && download.text.contains("# Equality information: Wyvern Vale District Council"))
            #expect(download.text.contains("20 April 2026"), "dated by the application's clock")
            #expect(report.text.contains("20 April 2026"))
        }
    }

    @Test("with no snapshots the profile says so and links to the upload")
    func empty() async throws {
        try await withTestApp { app in
            let council = try await OrganisationStore(db: app.db).create(Organisation(name: "Calder Moor Borough Council", type: .districtCouncil)).id
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let page = try await officer.get("/organisations/\(council.uuidString.lowercased())/workforce/profile")
            #expect(page.status == .ok && page.text.contains("There are no staff figures yet."))
            try PageCheck.structure(page.text)
        }
    }
}
