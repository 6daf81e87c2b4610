import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Equality objectives and committee meetings over the API")
struct EqualityObjectiveAPITests {
    static let body = """
        {"title": "Close the employment gap for disabled residents", "adopted": "2025-04-01", "lead": "Head of HR",
         "measures": [{"name": "Disabled staff at grade 10 and above", "baseline": "4%", "target": "8%"}, {"name": "Supported jobs"}]}
        """

    @Test("create, read, record a year's progress once, replace and delete; dates worked out in the answer")
    func crud() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(CalendarDate("2026-06-01")!)
            let api = APIClient(app: app)
            let schema = try OpenAPISchemaCheck()
            let council = try await api.organisation("Wyvern Vale District Council")
            let base = "/api/v1/organisations/\(council)/equality-objectives"

            let created = try await api.send(.POST, base, raw: Self.body)
            #expect(created.status == .created, "\(created.text)")
            #expect(try schema.problems(created.body, as: "IdentifiedEqualityObjective") == [])
            let stored = try created.decode(Identified<EqualityObjective>.self)
            #expect(created.headers.first(name: .location) == "\(base)/\(stored.id.uuidString)")
            #expect(created.headers.first(name: .eTag) != nil)
            #expect(created.text.contains("\"renewal_due\" : \"2029-04-01\"") && created.text.contains("\"years_awaiting_progress\" : [\n    2026,"))
            let listed = try await api.send(.GET, base)
            #expect(try listed.decode([Identified<EqualityObjective>].self) == [stored])
            #expect(try schema.problems(Data(buffer: listed.body), against: OpenAPISchemaCheck.array(of: "IdentifiedEqualityObjective")) == [])

            let entry = #"{"measure": 0, "year": 2026, "recorded": "2026-05-20", "status": "on-track", "note": "Up to 5%."}"#
            let progressed = try await api.send(.POST, "\(base)/\(stored.id)/progress", raw: entry)
            #expect(progressed.status == .ok, "\(progressed.text)")
            #expect(try progressed.decode(Identified<EqualityObjective>.self).value.measures[0].progress.map(\.year) == [2026])
            let twice = try await api.send(.POST, "\(base)/\(stored.id)/progress", raw: entry)
            #expect(twice.status == .unprocessableEntity && twice.error?.path == "measures[0].progress[1].year")
            let future = try await api.send(
                .POST, "\(base)/\(stored.id)/progress", raw: #"{"measure": 1, "year": 2026, "recorded": "2026-06-02", "status": "behind", "note": "x"}"#)
            #expect(future.status == .unprocessableEntity && future.error?.path == "measures[1].progress[0].recorded", "after the application's today")
            let badStatus = try await api.send(
                .POST, "\(base)/\(stored.id)/progress", raw: #"{"measure": 1, "year": 2026, "recorded": "2026-05-02", "status": "great", "note": "x"}"#)
            #expect(badStatus.status == .unprocessableEntity && badStatus.error?.path == "status")

            try await ConditionalWriteTests.twoEditors(
                app, "\(base)/\(stored.id)",
                first: #"{"title": "Ana's objective", "adopted": "2025-04-01", "measures": [{"name": "A"}]}"#,
                second: #"{"title": "Ben's objective", "adopted": "2025-04-01", "measures": [{"name": "B"}]}"#, words: "Ana's objective")
            #expect(try await api.send(.DELETE, "\(base)/\(stored.id)").status == .noContent)
            #expect(try await api.send(.GET, "\(base)/\(stored.id)").status == .notFound)
        }
    }

    @Test("bad input is 422 naming the field; another council's objective is 404 through the wrong council")
    func refusals() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let other = try await api.organisation("Calder Moor Borough Council")
            let base = "/api/v1/organisations/\(council)/equality-objectives"
            let late = try await api.send(.POST, base, raw: #"{"title": "T", "adopted": "2025-04-01", "renew_by": "2029-04-02"}"#)
            #expect(late.status == .unprocessableEntity && late.error?.path == "renew_by")
            let date = try await api.send(.POST, base, raw: #"{"title": "T", "adopted": "2025-02-30"}"#)
            #expect(date.status == .unprocessableEntity && date.error?.path == "adopted")
            let elsewhere = try await api.send(.POST, base, raw: #"{"organisation_id": "\#(other)", "title": "T", "adopted": "2025-04-01"}"#)
            #expect(elsewhere.status == .unprocessableEntity && elsewhere.error?.path == "organisation_id")
            let theirs = try await api.send(.POST, "/api/v1/organisations/\(other)/equality-objectives", raw: Self.body).decode(Identified<EqualityObjective>.self)
            #expect(try await api.send(.GET, "\(base)/\(theirs.id)").status == .notFound)
            #expect(try await api.send(.PUT, "\(base)/\(theirs.id)", raw: Self.body).status == .notFound)
            #expect(try await api.send(.GET, "/api/v1/organisations/\(council)/equality-objectives").decode([Identified<EqualityObjective>].self).isEmpty)
        }
    }

    @Test("committee meetings: created, listed by date, in the calendar download, refused without a name")
    func committeeMeetings() async throws {
        try await withTestApp { app in
            app.equitas.clock = .fixed(CalendarDate("2026-06-01")!)
            let api = APIClient(app: app)
            let schema = try OpenAPISchemaCheck()
            let council = try await api.organisation("Wyvern Vale District Council")
            let base = "/api/v1/organisations/\(council)/committee-meetings"
            let later = try await api.send(.POST, base, raw: #"{"committee": "Scrutiny Committee", "date": "2026-11-04"}"#)
            #expect(later.status == .created, "\(later.text)")
            #expect(try schema.problems(later.body, as: "IdentifiedCommitteeMeeting") == [])
            let sooner = try await api.send(.POST, base, raw: #"{"committee": "Equality Board", "date": "2026-07-08", "purpose": "Annual report"}"#)
            let list = try await api.send(.GET, base).decode([Identified<CommitteeMeeting>].self)
            #expect(list.map(\.value.committee) == ["Equality Board", "Scrutiny Committee"])
            let blank = try await api.send(.POST, base, raw: #"{"committee": " ", "date": "2026-07-08"}"#)
            #expect(blank.status == .unprocessableEntity && blank.error?.path == "committee")
            let id = try sooner.decode(Identified<CommitteeMeeting>.self).id
            let moved = try await api.send(.PUT, "\(base)/\(id)", raw: #"{"committee": "Equality Board", "date": "2026-07-15"}"#)
            #expect(try moved.decode(Identified<CommitteeMeeting>.self).value.date == CalendarDate("2026-07-15"))

            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let ics = try await officer.get("/organisations/\(council.uuidString.lowercased())/calendar/ics")
            #expect(ics.text.contains("SUMMARY:Committee: Equality Board\r\n") && ics.text.contains("DTSTART;VALUE=DATE:20260715\r\n"))
            #expect(try await api.send(.DELETE, "\(base)/\(id)").status == .noContent)
        }
    }
}
