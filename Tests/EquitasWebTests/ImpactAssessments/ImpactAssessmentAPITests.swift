import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Impact assessments over the API")
struct ImpactAssessmentAPITests {
    static let body = """
        {"title": "Library opening hours", "service": "Culture and Leisure", "proposal": "Close two branches on Mondays.",
         "decision_date": "2026-02-01", "review_date": "2027-02-01", "outcome": "continue",
         "impacts": [{"characteristic": "age", "rating": "negative", "evidence": "Older readers use Monday sessions."},
                     {"characteristic": "care experience", "rating": "unknown"}]}
        """

    @Test("create, list, read, replace and delete; the body's council may be left out")
    func crud() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let schema = try OpenAPISchemaCheck()
            let council = try await api.organisation("Wyvern Vale District Council")
            let base = "/api/v1/organisations/\(council)/impact-assessments"

            let created = try await api.send(.POST, base, raw: Self.body)
            #expect(created.status == .created, "\(created.text)")
            #expect(try schema.problems(created.body, as: "IdentifiedImpactAssessment") == [])
            let stored = try created.decode(Identified<ImpactAssessment>.self)
            #expect(created.headers.first(name: .location) == "\(base)/\(stored.id.uuidString)")
            #expect(stored.value.organisationId == council && stored.value.impacts.count == 2 && !stored.value.published)
            #expect(created.text.contains("\"status\" : \"decided\""))
            #expect(created.text.contains("\"path\" : \"mitigations\""), "a warning, not a refusal")

            let listed = try await api.send(.GET, base)
            #expect(try listed.decode([Identified<ImpactAssessment>].self) == [stored])
            #expect(try schema.problems(Data(buffer: listed.body), against: OpenAPISchemaCheck.array(of: "IdentifiedImpactAssessment")) == [])
            #expect(try await api.send(.GET, "\(base)/\(stored.id)").decode(Identified<ImpactAssessment>.self) == stored)

            var changed = stored.value
            changed.published = true
            changed.mitigations = "A Saturday session."
            let replaced = try await api.send(.PUT, "\(base)/\(stored.id)", json: changed)
            #expect(replaced.status == .ok, "\(replaced.text)")
            #expect(try replaced.decode(Identified<ImpactAssessment>.self).value == changed)

            let programme = try await api.send(.GET, "\(base)/programme?as_of=2027-03-01")
            #expect(try schema.problems(programme.body, as: "ImpactAssessmentProgramme") == [])
            let view = try programme.decode(ImpactAssessmentProgramme.self)
            #expect(view.overdueForReview.map(\.id) == [stored.id] && view.counts.total == 1)

            #expect(try await api.send(.DELETE, "\(base)/\(stored.id)").status == .noContent)
            #expect(try await api.send(.GET, "\(base)/\(stored.id)").status == .notFound)
        }
    }

    @Test("bad input is 422 naming the field; another council's assessment is 404 through the wrong council")
    func refusals() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let other = try await api.organisation("Calder Moor Borough Council")
            let base = "/api/v1/organisations/\(council)/impact-assessments"

            let blank = try await api.send(.POST, base, raw: #"{"title": " ", "service": "Housing", "proposal": "A change."}"#)
            #expect(blank.status == .unprocessableEntity && blank.error?.path == "title")
            let twice = try await api.send(
                .POST, base,
                raw: #"{"title": "T", "service": "S", "proposal": "P", "impacts": [{"characteristic": "Age", "rating": "neutral"}, {"characteristic": "age", "rating": "positive"}]}"#)
            #expect(twice.status == .unprocessableEntity && twice.error?.path == "impacts[1].characteristic")
            let rating = try await api.send(
                .POST, base, raw: #"{"title": "T", "service": "S", "proposal": "P", "impacts": [{"characteristic": "age", "rating": "awful"}]}"#)
            #expect(rating.status == .unprocessableEntity && rating.error?.path == "impacts[0].rating")
            let elsewhere = try await api.send(.POST, base, raw: #"{"organisation_id": "\#(other)", "title": "T", "service": "S", "proposal": "P"}"#)
            #expect(elsewhere.status == .unprocessableEntity && elsewhere.error?.path == "organisation_id")
            #expect(try await api.send(.GET, "\(base)?format=xlsx").error?.path == "format")

            let theirs = try await api.send(.POST, "/api/v1/organisations/\(other)/impact-assessments", raw: Self.body)
                .decode(Identified<ImpactAssessment>.self)
            for method in [HTTPMethod.GET, .DELETE] {
                #expect(try await api.send(method, "\(base)/\(theirs.id)").status == .notFound)
            }
            #expect(try await api.send(.PUT, "\(base)/\(theirs.id)", raw: Self.body).status == .notFound)
            #expect(try await api.send(.GET, "/api/v1/organisations/\(UUID())/impact-assessments").status == .notFound)
        }
    }

    @Test("the CSV register: a column per protected characteristic, and formula-looking text kept as text")
    func csv() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let base = "/api/v1/organisations/\(council)/impact-assessments"
            let hostile = #"{"title": "=HYPERLINK(\"http://evil.example\")", "service": "+Housing", "proposal": "-1", "decision_maker": "@Cabinet"}"#
            #expect(try await api.send(.POST, base, raw: hostile).status == .created)
            let reply = try await api.send(.GET, "\(base)?format=csv")
            #expect(reply.status == .ok)
            #expect(reply.headers.contentType?.subType == "csv")
            #expect(reply.headers.first(name: .contentDisposition)?.contains("wyvern-vale-district-council-impact-assessments.csv") == true)
            let lines = reply.text.split(separator: "\r\n")
            #expect(lines[0].contains("Title,Service,Proposal,Decision maker,Decision date,Status,Outcome,Review date,Overdue for review,Published,Age,Disability"))
            #expect(lines[1].hasPrefix(#""'=HYPERLINK(""http://evil.example"")",'+Housing,'-1,'@Cabinet,,In progress,,,No,No,Not assessed"#))
        }
    }
}
