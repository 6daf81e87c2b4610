import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The equality objectives pages and the calendar's new entries")
struct EqualityObjectivePagesTests {
    static let today = CalendarDate("2026-06-01")!

    static func base(_ council: UUID) -> String { "/organisations/\(council.uuidString.lowercased())/equality-objectives" }

    static let filled: [(String, String)] = [
        ("title", "Close the employment gap for disabled residents"), ("adopted", "2025-04-01"), ("lead", "Head of HR"),
        ("measure_name_1", "Disabled staff at grade 10 and above"), ("measure_baseline_1", "4%"), ("measure_target_1", "8%"),
        ("measure_name_2", "Supported jobs"),
    ]

    @Test("an officer adds an objective, records a year's progress once, edits it keeping the progress, and deletes it after confirming")
    func journey() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(Self.today)
            let council = try await ImpactAssessmentPagesTests.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let form = try await officer.get(Self.base(council) + "/new")
            #expect(form.status == .ok)
            try PageCheck.structure(form.text)

            let added = try await officer.post(Self.base(council), form: Self.filled)
            #expect(added.status == .seeOther, "\(added.text)")
            let stored = try #require(try await EqualityObjectiveStore(db: app.db).list(organisationId: council).first)
            #expect(stored.value.measures.map(\.name) == ["Disabled staff at grade 10 and above", "Supported jobs"])
            let path = Self.base(council) + "/\(stored.id.uuidString.lowercased())"
            #expect(added.headers.first(name: .location) == path + "?done=added")

            let register = try await officer.get(Self.base(council))
            let row = try #require(try PageCheck.structure(register.text).all("tbody").first?.all("tr").first)
            #expect(row.all("td").map(\.allText) == ["1 April 2025", "1 April 2029", "2", "2026"])

            let progressForm = try await officer.get(path + "/progress/new?measure=2")
            #expect(progressForm.status == .ok && progressForm.text.contains("value=\"2026-06-01\""), "today from the application's clock")
            let entry = [("measure", "2"), ("year", "2026"), ("recorded", "2026-05-20"), ("status", "behind"), ("note", "Two placements, not five.")]
            let recorded = try await officer.post(path + "/progress", form: entry)
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            let again = try await officer.post(path + "/progress", form: entry)
            #expect(again.status == .unprocessableEntity)
            #expect(try PageCheck.structure(again.text).all("a").contains { $0.attributes["href"] == "#field-year" })
            let future = try await officer.post(path + "/progress", form: [("measure", "1"), ("year", "2026"), ("recorded", "2026-06-02"), ("status", "behind"), ("note", "x")])
            #expect(future.status == .unprocessableEntity && future.text.contains("after today"))
            let page = try await officer.get(path)
            #expect(page.text.contains("Two placements, not five.") && page.text.contains("Behind"))

            let cleared = try await officer.post(path, form: Self.filled.filter { $0.0 != "measure_name_2" })
            #expect(cleared.status == .unprocessableEntity && cleared.text.contains("Measure 2 has progress recorded"))
            let renamed = try await officer.post(path, form: Self.filled.map { $0.0 == "measure_name_2" ? ($0.0, "Supported employment places") : $0 })
            #expect(renamed.status == .seeOther)
            let kept = try await EqualityObjectiveStore(db: app.db).get(organisationId: council, id: stored.id)
            #expect(kept.value.measures[1].name == "Supported employment places" && kept.value.measures[1].progress.count == 1)

            let ask = try await officer.post(path + "/delete", form: [])
            #expect(ask.status == .ok && ask.text.contains("Yes, delete the equality objective"))
            #expect(try await EqualityObjectiveStore(db: app.db).list(organisationId: council).count == 1, "nothing deleted before confirming")
            let deleted = try await officer.post(path + "/delete", form: [("confirm", "yes")])
            #expect(deleted.status == .seeOther)
            #expect(try await EqualityObjectiveStore(db: app.db).list(organisationId: council).isEmpty)
        }
    }

    @Test("a form with problems comes back (422) naming each field, and nothing is written")
    func errors() async throws {
        try await withTestApp { app in
            let council = try await ImpactAssessmentPagesTests.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let reply = try await officer.post(Self.base(council), form: [("title", " "), ("adopted", "2025-02-30"), ("measure_name_1", "Kept words")])
            #expect(reply.status == .unprocessableEntity)
            let root = try PageCheck.structure(reply.text)
            let summary = try #require(root.all("div").first { $0.attributes["class"]?.contains("error-summary") == true })
            #expect(summary.all("a").compactMap { $0.attributes["href"] } == ["#field-title", "#field-adopted"])
            #expect(reply.text.contains("value=\"Kept words\""))
            let late = try await officer.post(Self.base(council), form: Self.filled + [("renew_by", "2030-01-01")])
            #expect(late.status == .unprocessableEntity)
            #expect(try PageCheck.structure(late.text).all("a").contains { $0.attributes["href"] == "#field-renew-by" })
            let twice = try await officer.post(Self.base(council), form: Self.filled + [("measure_name_3", "supported JOBS")])
            #expect(try PageCheck.structure(twice.text).all("a").contains { $0.attributes["href"] == "#field-measure-name-3" })
            #expect(try await EqualityObjectiveStore(db: app.db).list(organisationId: council).isEmpty)
        }
    }

    @Test("a councillor reads but gets no form; another council's officer and a peer find nothing; the directory links the register")
    func access() async throws {
        try await withTestApp { app in
            let council = try await ImpactAssessmentPagesTests.council(app)
            let other = try await ImpactAssessmentPagesTests.council(app, "Calder Moor Borough Council")
            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: council)
            let register = try await councillor.get(Self.base(council))
            #expect(register.status == .ok && !register.text.contains("Add an equality objective"))
            #expect(try await councillor.get(Self.base(council) + "/new").status == .forbidden)
            #expect(try await councillor.post(Self.base(council), form: Self.filled).status == .forbidden)
            let outsider = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: other)
            #expect(try await outsider.get(Self.base(council)).status == .notFound)
            #expect(try await outsider.post(Self.base(council), form: Self.filled).status == .notFound)
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: try await PersonStore(db: app.db).create(Person(name: "A Peer")).id)
            #expect(try await peer.get(Self.base(council)).status == .notFound)
            #expect(try await EqualityObjectiveStore(db: app.db).list(organisationId: council).isEmpty)
            let directory = try await councillor.get("/organisations/\(council.uuidString.lowercased())")
            #expect(directory.text.contains("href=\"\(Self.base(council))\""))
        }
    }

    @Test("the calendar page, its download and the dashboard read the application's clock, with objectives and committee meetings")
    func calendar() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(Self.today)
            let council = try await ImpactAssessmentPagesTests.council(app)
            _ = try await EqualityObjectiveStore(db: app.db).create(
                EqualityObjective(organisationId: council, title: "Fair pay", adopted: CalendarDate("2025-07-01")!, measures: [ObjectiveMeasure(name: "Gap")]),
                today: Self.today)
            _ = try await CommitteeMeetingStore(db: app.db).create(CommitteeMeeting(organisationId: council, committee: "Scrutiny Committee", date: CalendarDate("2026-06-20")!))
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let base = "/organisations/\(council.uuidString.lowercased())"
            let page = try await officer.get(base + "/calendar")
            #expect(page.text.contains("from 2 May 2026 to 1 June 2027"), "the window runs from the application's today")
            #expect(page.text.contains("Equality objective progress (2026): Fair pay") && page.text.contains("Committee: Scrutiny Committee"))
            let ics = try await officer.get(base + "/calendar/ics")
            #expect(ics.text.contains("DTSTAMP:20260601T"), "stamped by the application's clock")
            let dashboard = try await officer.get("/dashboard")
            #expect(dashboard.text.contains("Committee: Scrutiny Committee"), "within the dashboard's next 90 days")
        }
    }
}
