import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Workforce pages")
struct WorkforcePageTests {
    static func council(_ app: Application) async throws -> UUID {
        try await OrganisationStore(db: app.db).create(Organisation(name: "Wyvern Vale District Council", type: .districtCouncil)).id
    }

    @Test("an officer uploads a list through the form and sees its pay gaps in captioned tables; a hostile group name is text")
    func uploadAndShow() async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let base = "/organisations/\(council.uuidString.lowercased())/workforce"
            let empty = try await officer.get(base)
            #expect(empty.status == .ok)
            try PageCheck.structure(empty.text)
            #expect(empty.text.contains("enctype=\"multipart/form-data\""))
            #expect(empty.text.contains(base + "/profile") && empty.text.contains(base + "/equality-report"))

            let hostile = WorkforceAPITests.staff.replacingOccurrences(of: "Prefer not to say", with: "<script>alert(1)</script>")
            let added = try await officer.postMultipart(
                base + "/snapshots", fields: [("snapshot", "2026-03-31"), ("replace", "no")],
                file: ("file", "staff.csv", "text/csv", Data(hostile.utf8)))
            #expect(added.status == .seeOther, "\(added.text)")
            #expect(added.headers.first(name: .location) == base + "/snapshots/2026-03-31?done=imported")

            let page = try await officer.get(base + "/snapshots/2026-03-31")
            #expect(page.status == .ok)
            try PageCheck.structure(page.text)
            #expect(page.text.contains("<caption>Gender pay gap at 31 March 2026</caption>"))
            #expect(page.text.contains("<caption>Ethnicity pay gaps at 31 March 2026</caption>"))
            #expect(page.text.contains("<caption>Disability pay gaps at 31 March 2026</caption>"))
            // Each figure carries its column's heading, shown before it on a narrow screen.
            #expect(page.text.contains("<th scope=\"row\" data-label=\"Figure\">Mean hourly pay gap</th><td data-label=\"Value\">50.0%</td>"))
            #expect(!page.text.contains("<script>alert(1)</script>"))
            // A suppressed group's one cell stands for all its figures, and says so.
            #expect(page.text.contains("<td colspan=\"6\" data-label=\"Figures\">"))

            let list = try await officer.get(base)
            #expect(list.text.contains(base + "/snapshots/2026-03-31"))

            let organisation = try await officer.get("/organisations/\(council.uuidString.lowercased())")
            #expect(organisation.status == .ok)
            #expect(organisation.text.contains("href=\"\(base)\""))
        }
    }

    @Test("a bad list shows every bad cell in the error summary, capped at 50 with a count of the rest, and stores nothing")
    func errorsShown() async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let base = "/organisations/\(council.uuidString.lowercased())/workforce"
            var csv = "employee_id,sex,full_pay,hourly_pay\n"
            for row in 1...60 { csv += "\(row),F,maybe,10\n" }
            let reply = try await officer.postMultipart(
                base + "/snapshots", fields: [("snapshot", "2026-03-31")], file: ("file", "bad.csv", "text/csv", Data(csv.utf8)))
            #expect(reply.status == .unprocessableEntity)
            try PageCheck.structure(reply.text)
            #expect(reply.text.contains("There is a problem"))
            #expect(reply.text.contains("The staff list has 60 problems; nothing was stored"))
            #expect(reply.text.contains("Row 2, column &quot;full_pay&quot;") || reply.text.contains("Row 2, column \"full_pay\""))
            #expect(reply.text.contains("And 10 more problems not listed here"))
            #expect(try await WorkforceStore(db: app.db).snapshots(organisationId: council).isEmpty)

            let noDate = try await officer.postMultipart(
                base + "/snapshots", fields: [("snapshot", "")], file: ("file", "staff.csv", "text/csv", Data(WorkforceAPITests.staff.utf8)))
            #expect(noDate.status == .unprocessableEntity && noDate.text.contains("Enter the snapshot date"))
        }
    }

    @Test("the community profile page takes a CSV, shows one table per characteristic, and names a bad line")
    func communityProfile() async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let path = "/organisations/\(council.uuidString.lowercased())/workforce/community-profile"
            let empty = try await officer.get(path)
            #expect(empty.status == .ok)
            try PageCheck.structure(empty.text)

            let bad = try await officer.postMultipart(
                path, fields: [("area", "Wyvern Vale"), ("source", "Census 2021")],
                file: ("file", "profile.csv", "text/csv", Data("characteristic,group,percent\nsex,Female,lots\n".utf8)))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Line 2, column"))

            let csv = "characteristic,group,percent\nsex,Female,51\nsex,Male,49\nethnicity,<b>White</b>,100\n"
            let saved = try await officer.postMultipart(
                path, fields: [("area", "Wyvern Vale"), ("source", "Census 2021")], file: ("file", "profile.csv", "text/csv", Data(csv.utf8)))
            #expect(saved.status == .seeOther, "\(saved.text)")
            let page = try await officer.get(path + "?done=saved")
            try PageCheck.structure(page.text)
            #expect(page.text.contains("<caption>Ethnicity: share of the area&#39;s people</caption>") || page.text.contains("<caption>Ethnicity: share of the area"))
            #expect(page.text.contains("&lt;b&gt;White&lt;/b&gt;"))
        }
    }

    @Test("another council's officer and a peer cannot see the pages")
    func refused() async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let other = try await OrganisationStore(db: app.db).create(Organisation(name: "Calder Moor Borough Council", type: .boroughCouncil)).id
            let outsider = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: other)
            let reply = try await outsider.get("/organisations/\(council.uuidString.lowercased())/workforce")
            #expect(reply.status == .forbidden || reply.status == .notFound)
        }
    }
}
