import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The impact assessment pages")
struct ImpactAssessmentPagesTests {
    static func council(_ app: Application, _ name: String = "Wyvern Vale District Council") async throws -> UUID {
        try await OrganisationStore(db: app.db).create(Organisation(name: name, type: .districtCouncil)).id
    }

    static func base(_ council: UUID) -> String { "/organisations/\(council.uuidString.lowercased())/impact-assessments" }

    static let filled: [(String, String)] = [
        ("title", "Library opening hours"), ("service", "Culture and Leisure"), ("proposal", "Close two branches on Mondays."),
        ("decision_date", "2020-02-01"), ("review_date", "2021-02-01"), ("outcome", "adjust"), ("published", "no"),
        ("rating_age", "negative"), ("evidence_age", "Older readers use Monday sessions."), ("rating_disability", "neutral"),
        ("rating_race", "not-assessed"), ("extra_name_1", "Care experience"), ("extra_rating_1", "unknown"),
        ("mitigations", "A Saturday session."),
    ]

    @Test("a council officer adds an assessment through the form; the register shows it, overdue in words")
    func create() async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let form = try await officer.get(Self.base(council) + "/new")
            #expect(form.status == .ok)
            let formRoot = try PageCheck.structure(form.text)
            #expect(formRoot.all("fieldset").count == ProtectedCharacteristic.allCases.count + 3 + 1)
            #expect(formRoot.all("input").contains { $0.attributes["name"] == "csrf_token" })

            let reply = try await officer.post(Self.base(council), form: Self.filled)
            #expect(reply.status == .seeOther, "\(reply.text)")
            let stored = try #require(try await ImpactAssessmentStore(db: app.db).list(organisationId: council).first)
            #expect(stored.value.impacts.map(\.characteristic) == ["age", "disability", "Care experience"])
            #expect(stored.value.outcome == .adjust && !stored.value.published)
            #expect(reply.headers.first(name: .location) == Self.base(council) + "/\(stored.id.uuidString.lowercased())?done=added")

            let detail = try await officer.get(try #require(reply.headers.first(name: .location)))
            let detailRoot = try PageCheck.structure(detail.text)
            #expect(detailRoot.all("h1").first?.allText == "Library opening hours")
            #expect(detail.text.contains("Not assessed: Gender reassignment"))

            let register = try await officer.get(Self.base(council))
            let row = try #require(try PageCheck.structure(register.text).all("tbody").first?.all("tr").first)
            #expect(row.all("td").map(\.allText) == [
                "Culture and Leisure", "1 February 2020", "Decided", "Adjust the proposal", "1 February 2021 Overdue for review", "No",
            ])
            let edit = try await officer.get(Self.base(council) + "/\(stored.id.uuidString.lowercased())/edit")
            #expect(edit.text.contains("value=\"Care experience\""))
            #expect(try await officer.get(Self.base(council) + "/programme").status == .ok)
        }
    }

    @Test("a form with problems comes back (422) with an error summary and what was typed")
    func errors() async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let reply = try await officer.post(Self.base(council), form: [
                ("title", " "), ("service", "Housing"), ("proposal", "Move the office."), ("decision_date", "2026-02-30"),
                ("extra_rating_2", "positive"), ("evidence_age", "Kept words"),
            ])
            #expect(reply.status == .unprocessableEntity)
            let root = try PageCheck.structure(reply.text)
            let summary = try #require(root.all("div").first { $0.attributes["class"]?.contains("error-summary") == true })
            let links = summary.all("a").compactMap { $0.attributes["href"] }
            #expect(links == ["#field-title", "#field-decision-date", "#field-extra-name-2"])
            #expect(root.all("title").first?.allText.hasPrefix("Error: ") == true)
            #expect(reply.text.contains(">Kept words</textarea>"))

            // The core's rule: a characteristic twice (the council's own "Age" is the protected one).
            let twice = try await officer.post(Self.base(council), form: Self.filled + [("extra_name_2", "age"), ("extra_rating_2", "positive")])
            #expect(twice.status == .unprocessableEntity)
            #expect(try PageCheck.structure(twice.text).all("a").contains { $0.attributes["href"] == "#field-extra-name-2" })
            #expect(try await ImpactAssessmentStore(db: app.db).list(organisationId: council).isEmpty)
        }
    }

    @Test("text that looks like markup is shown as text")
    func escaped() async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let payload = "<script>alert('x')</script>"
            let fields = Self.filled.map { $0.0 == "title" || $0.0 == "evidence_age" ? ($0.0, payload) : $0 }
            let reply = try await officer.post(Self.base(council), form: fields)
            #expect(reply.status == .seeOther)
            for path in [Self.base(council), try #require(reply.headers.first(name: .location)), Self.base(council) + "/programme"] {
                let page = try await officer.get(path)
                #expect(!page.text.contains("<script>"), "\(path)")
                try PageCheck.structure(page.text)
            }
            #expect(try await officer.get(try #require(reply.headers.first(name: .location))).text.contains("&lt;script&gt;"))
        }
    }

    @Test("a councillor reads the register but gets no form; another council's officer finds nothing")
    func access() async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let other = try await Self.council(app, "Calder Moor Borough Council")
            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: council)
            let register = try await councillor.get(Self.base(council))
            #expect(register.status == .ok && !register.text.contains("Add an impact assessment"))
            #expect(try await councillor.get(Self.base(council) + "/new").status == .forbidden)
            let outsider = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: other)
            #expect(try await outsider.get(Self.base(council)).status == .notFound)
            let directory = try await councillor.get("/organisations/\(council.uuidString.lowercased())")
            #expect(directory.text.contains("href=\"\(Self.base(council))\""))
        }
    }
}
