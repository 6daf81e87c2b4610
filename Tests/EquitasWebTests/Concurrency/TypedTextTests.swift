import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("No typed words lost, and text both databases store")
struct TypedTextTests {
    @Test("a 50,000-character narrative saves through the self-assessment page")
    func longNarrative() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            // About 8,000 words with the punctuation that percent-encoding triples.
            let narrative = String(String(repeating: "We listen to residents & partners; “their words” shape our plan. ", count: 800).prefix(50_000))
            let saved = try await officer.post(world.base + "/self-assessment/communities.1.1", form: [("narrative", narrative)])
            #expect(saved.status == .seeOther, "\(saved.status): \(saved.text.prefix(300))")
            #expect(try await world.entries().first?.value.narrative == narrative.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("a narrative over its limit comes back in the form, every word of it, with the field and the limit named")
    func overLimit() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            let narrative = String(repeating: "Our plan ", count: Text.longMaximum / 9 + 10) + "the end"
            let reply = try await officer.post(world.base + "/self-assessment/communities.1.1", form: [("narrative", narrative)])
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.text.contains("the limit is \(Text.longMaximum)"))
            #expect(reply.text.contains("Our plan Our plan") && reply.text.contains("the end"))
            #expect(try await world.entries().isEmpty)
        }
    }

    @Test("a NUL or other control character is 422 naming the field, in JSON, a query string, a form, and the sign-in email")
    func controlCharacters() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Control Council")
            let challenge = try await api.challenge(for: [council])

            let json = try await api.send(.POST, "/api/v1/challenges/\(challenge)/findings", raw: #"{"module": "communities", "kind": "strength", "text": "Good\u0000work"}"#)
            #expect(json.status == .unprocessableEntity)
            #expect(json.error?.path == "text")
            #expect(json.error?.message.contains("U+0000") == true)
            let nested = try await api.send(.PUT, "/api/v1/organisations/\(council)", raw: #"{"name": "Control\u001bCouncil", "type": "district-council"}"#)
            #expect(nested.status == .unprocessableEntity && nested.error?.path == "name")
            #expect(try await api.send(.GET, "/api/v1/challenges/\(challenge)/findings").text.contains("Good") == false)

            let query = try await api.send(.GET, "/api/v1/organisations?q=Control%00")
            #expect(query.status == .unprocessableEntity && query.error?.path == "q")

            // A page form, before anyone signs in.
            let (guardValue, cookie) = try await SignInTests.form(app)
            var browser = PageBrowser(app: app)
            browser.cookie = cookie
            let signIn = try await browser.post("/sign-in", form: [("csrf_token", guardValue), ("email", "jo\u{0}@council.gov.uk"), ("password", "x")], csrf: false)
            #expect(signIn.status == .unprocessableEntity)
            #expect(signIn.text.lowercased().contains("email") && signIn.text.contains("U+0000"))

            // Tab, new lines and typographic quotes are ordinary text.
            let fine = try await api.send(.PUT, "/api/v1/organisations/\(council)", raw: #"{"name": "Control\tCouncil “Two”", "type": "district-council"}"#)
            #expect(fine.status == .ok, "\(fine.text)")
        }
    }

    @Test("a write the database could not take in time is 503 with Retry-After, as JSON and as a page")
    func busy() async throws {
        try await withTestApp { app in
            let busy = try await SQLiteBusyError.make()
            app.get("busy-page") { _ -> String in throw busy }
            app.get("api", "busy") { _ -> String in throw busy }
            let api = try await APIClient(app: app).send(.GET, "/api/busy")
            #expect(api.status == .serviceUnavailable)
            #expect(api.headers.first(name: .retryAfter) == "2")
            #expect(api.error?.message.contains("try again") == true)
            let page = try await PageBrowser(app: app).get("/busy-page")
            #expect(page.status == .serviceUnavailable)
            #expect(page.headers.first(name: .retryAfter) == "2")
        }
    }
}
