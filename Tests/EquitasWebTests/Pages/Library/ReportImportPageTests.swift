import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

/// `/library/import`: a past report uploaded, its preview corrected, saved as a
/// published challenge; and every way that must write nothing.
@Suite("Importing a past report through the preview page")
struct ReportImportPageTests {
    /// A short EFLG 2011 report, invented: one area with kind headings, one without
    /// (its finding's kind is guessed, so it is flagged), a team table, two recommendations.
    static let report = """
        # Diversity peer challenge: Marsh Vale District Council

        The peer team was on site from 4 to 6 March 2012. The council sought the Achieving level of the Equality Framework for Local Government.

        ## The peer team

        | Name | Organisation | Role |
        |---|---|---|
        | Councillor Ann Brook | Fenton Borough Council | Lead peer |
        | Raj Patel | Local Government Association | Review manager |

        ## Knowing your communities and equality mapping

        ### Strengths

        - The council has a detailed profile of every ward.
        - Ward profiles are published with the census results.

        ### Areas for consideration

        - Data on sexual orientation is thin.

        ## A modern and diverse workforce

        - Staff networks meet the chief executive each quarter.

        ## Recommendations

        1. Publish measures for each equality objective.
        2. Run a disclosure campaign for staff.
        """

    static func upload(_ browser: PageBrowser, _ data: Data = Data(report.utf8), filename: String = "marsh-vale.md") async throws
        -> APIClient.Reply
    {
        try await browser.postMultipart("/library/import", fields: [], file: ("file", filename, "text/markdown", data))
    }

    static func challengeCount(_ app: Application) async throws -> Int {
        try await TestDatabase.rowCounts(on: app.db)["challenges"] ?? -1
    }

    @Test("the preview shows the findings with the uncertain one flagged in words; the corrected form is stored as published")
    func previewAndConfirm() async throws {
        try await withTestApp { app in
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let list = try await manager.get("/challenges")
            #expect(list.text.contains("href=\"/library/import\""))
            let form = try await manager.get("/library/import")
            #expect(form.status == .ok)
            try PageCheck.structure(form.text)
            #expect(form.text.contains("accept=\".docx,.pptx,.pdf,.txt,.md"))

            let preview = try await Self.upload(manager)
            #expect(preview.status == .ok, "\(preview.text)")
            let root = try PageCheck.structure(preview.text)
            #expect(preview.text.contains("1 item needs checking"))
            #expect(preview.text.contains("href=\"#check-finding-3\""))
            let flags = root.all("p").filter { $0.attributes["class"] == "import-check" }
            #expect(flags.count == 1)
            #expect(flags.first?.attributes["id"] == "check-finding-3")
            #expect(flags.first?.allText.contains("Check this: a list item with no kind heading") == true)
            #expect(flags.first?.allText.contains("(confidence 0.45)") == true)
            #expect(preview.text.contains("their kind was guessed from the wording"))
            #expect(preview.text.contains("The council has a detailed profile of every ward."))

            var confirm = try PageForm.find(in: preview.text, action: "/library/import/confirm")
            #expect(confirm.value("organisation_0_name") == "Marsh Vale District Council")
            #expect(confirm.value("level") == "achieving")
            #expect(confirm.value("start") == "2012-03-04")
            #expect(confirm.value("finding_3_kind") == "strength")
            #expect(confirm.value("member_1_role") == "review-manager")
            // The person corrects the guessed kind, leaves out one strength and a recommendation.
            try confirm.choose("finding_3_kind", "Good practice")
            confirm.set("finding_1_leave_out", "yes")
            confirm.set("recommendation_1_leave_out", "yes")
            let before = try await Self.challengeCount(app)
            let saved = try await manager.submit(confirm)
            #expect(saved.status == .seeOther, "\(saved.text)")
            #expect(try await Self.challengeCount(app) == before + 1)
            let location = try #require(saved.headers.first(name: .location))
            #expect(location.hasSuffix("?done=imported"))
            let overview = try await manager.follow(saved)
            #expect(overview.status == .ok)
            #expect(overview.text.contains("The report has been imported as a published challenge."))

            let id = try #require(UUID(uuidString: String(location.dropFirst("/challenges/".count).prefix(36))))
            let stored = try await ChallengeInterchange(db: app.db, catalog: shippedCatalog).export(id)
            #expect(stored.status == "published")
            #expect(stored.framework == "eflg-2011")
            #expect(stored.organisations.map(\.name) == ["Marsh Vale District Council"])
            #expect(stored.team.map(\.name).sorted() == ["Councillor Ann Brook", "Raj Patel"])
            func count(_ kind: String) -> Int { stored.findings.filter { $0.kind == kind }.count }
            #expect(stored.findings.count == 3)
            #expect(count("strength") == 1)
            #expect(count("area-for-consideration") == 1)
            #expect(count("good-practice") == 1)
            #expect(!stored.findings.contains { $0.text.contains("Ward profiles") })
            #expect(stored.recommendations.map(\.number) == [1])
        }
    }

    @Test(
        "a bad field comes back in the error summary naming it, with nothing written",
        arguments: [
            ("organisation_0_name", "", "Enter the name of organisation 1"),
            ("start", "2012-02-30", "Enter the start date as a real date"),
            ("finding_0_text", "   ", "Enter the text of finding 1"),
            ("recommendation_0_number", "two", "Enter the number of recommendation 1 as a whole number"),
            ("finding_2_kind", "strenght", "Choose the kind of finding 3"),
        ])
    func refusedField(_ field: String, _ value: String, _ message: String) async throws {
        try await withTestApp { app in
            let administrator = try await PageBrowser.signedIn(app, as: .administrator)
            let preview = try await Self.upload(administrator)
            var confirm = try PageForm.find(in: preview.text, action: "/library/import/confirm")
            confirm.set(field, value)
            let before = try await TestDatabase.rowCounts(on: app.db)
            let refused = try await administrator.submit(confirm)
            #expect(refused.status == .unprocessableEntity)
            let root = try PageCheck.structure(refused.text)
            let summary = try #require(root.all("div").first { $0.attributes["class"] == "error-summary" })
            let fieldId = "field-" + field.replacingOccurrences(of: "_", with: "-")
            #expect(
                summary.all("a").contains { $0.attributes["href"] == "#" + fieldId && $0.allText.contains(message) }, "\(summary.allText)")
            #expect(root.everything.contains { $0.attributes["id"] == fieldId && $0.attributes["aria-invalid"] == "true" })
            // The flags survive the round trip, so the person still sees what to check.
            #expect(refused.text.contains("Check this:</strong> a list item with no kind heading"))
            #expect(try await TestDatabase.rowCounts(on: app.db) == before)
        }
    }

    @Test("a recommendation number given twice and an end before the start are both named")
    func severalProblems() async throws {
        try await withTestApp { app in
            let administrator = try await PageBrowser.signedIn(app, as: .administrator)
            var confirm = try PageForm.find(in: try await Self.upload(administrator).text, action: "/library/import/confirm")
            confirm.set("recommendation_1_number", "1")
            confirm.set("end", "2012-03-01")
            let refused = try await administrator.submit(confirm)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Recommendation 2 has the same number as recommendation 1"))
            #expect(refused.text.contains("The end date must be the same as or after the start date"))
            #expect(try await Self.challengeCount(app) == 0)
        }
    }

    @Test("a failure only the catalog's validation finds lands at the row the person sees, after rows left out")
    func validationPathMapped() async throws {
        try await withTestApp { app in
            let administrator = try await PageBrowser.signedIn(app, as: .administrator)
            var confirm = try PageForm.find(in: try await Self.upload(administrator).text, action: "/library/import/confirm")
            confirm.set("finding_0_leave_out", "yes")
            confirm.set("finding_2_attribution", String(repeating: "A long name ", count: 30))
            let refused = try await administrator.submit(confirm)
            #expect(refused.status == .unprocessableEntity)
            let root = try PageCheck.structure(refused.text)
            let summary = try #require(root.all("div").first { $0.attributes["class"] == "error-summary" })
            let link = try #require(summary.all("a").first)
            #expect(link.attributes["href"] == "#field-finding-2-attribution")
            #expect(link.allText.hasPrefix("Finding 3: "))
            #expect(try await Self.challengeCount(app) == 0)
        }
    }

    @Test("a peer and a council officer are refused the form, the upload and the confirmation")
    func refusedRoles() async throws {
        try await withTestApp { app in
            let council = try await OrganisationStore(db: app.db).create(
                Organisation(name: "Marsh Vale", type: .districtCouncil), id: UUID()
            ).id
            let person = try await PersonStore(db: app.db).create(Person(name: "Pat Peer"), id: UUID()).id
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let confirm = try PageForm.find(in: try await Self.upload(manager).text, action: "/library/import/confirm")
            for browser in [
                try await PageBrowser.signedIn(app, as: .peer, personId: person),
                try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council),
            ] {
                let list = try await browser.get("/challenges")
                #expect(!list.text.contains("/library/import"))
                let form = try await browser.get("/library/import")
                #expect(form.status == .forbidden)
                #expect(form.text.contains("may not set up challenges"))
                #expect(try await Self.upload(browser).status == .forbidden)
                var theirs = confirm
                theirs.set("csrf_token", browser.csrfToken ?? "")
                #expect(try await browser.submit(theirs).status == .forbidden)
            }
            #expect(try await Self.challengeCount(app) == 0)
            // Not signed in: sent to sign in.
            #expect(try await PageBrowser(app: app).get("/library/import").status == .seeOther)
        }
    }

    @Test("an image, a damaged PDF, an empty upload and a fake .docx are refused with a sentence")
    func refusedFiles() async throws {
        try await withTestApp { app in
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
            let binary = try await Self.upload(manager, png, filename: "report.png")
            #expect(binary.status == .unprocessableEntity)
            try PageCheck.structure(binary.text)
            #expect(binary.text.contains("The file is not plain text, Markdown, a Word document (.docx), a PowerPoint deck (.pptx) or a PDF"))
            #expect(binary.text.contains("href=\"#field-file\""))

            // A damaged PDF: pdftotext's refusal, or how to install it where it is missing.
            let pdf = try await Self.upload(manager, Data("%PDF-1.7\n".utf8) + Data([0x00, 0xFF, 0xFE, 0x00]), filename: "report.pdf")
            #expect(pdf.status == .unprocessableEntity)
            #expect(pdf.text.contains("The PDF cannot be read") || pdf.text.contains("apt-get install poppler-utils"))

            let fake = try await Self.upload(manager, Data("PK\u{03}\u{04}not really a zip".utf8), filename: "fake.docx")
            #expect(fake.status == .unprocessableEntity)
            #expect(fake.text.contains("is not a Word document (.docx)"))

            let empty = try await manager.postMultipart("/library/import", fields: [], file: nil)
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Choose the report to upload"))

            let large = try await Self.upload(manager, Data(repeating: 0x41, count: app.equitas.evidenceLimit + 1), filename: "huge.txt")
            #expect(large.status == .payloadTooLarge)
            // The upload form again, the limit named at its field — not a bare "too large" page.
            #expect(large.text.contains("The report must be smaller than 1 MB"))
            #expect(large.text.contains("href=\"#field-file\""))
            #expect(try await Self.challengeCount(app) == 0)
        }
    }
}
