import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The register of awards page")
struct AccreditationsPageTests {
    @Test("an accessible table of published awards, soonest to end first")
    func table() async throws {
        try await withTestApp { app in
            _ = try await PublicWorld.make(app)
            let reply = try await APIClient(app: app).send(.GET, "/accreditations")
            let root = try PageCheck.structure(reply.text)
            let table = try #require(root.all("table").first)

            #expect(reply.status == .ok)
            #expect(table.all("caption").first?.allText == "Awards, soonest to end first")
            #expect(table.all("th").allSatisfy { ["col", "row"].contains($0.attributes["scope"]) })
            let councils = table.all("tbody").first?.all("th").map(\.allText)
            #expect(councils?.count == 2)
            #expect(councils?.contains("Wyvern Vale District Council and Calder Moor Borough Council") == true)
            #expect(!reply.text.contains(PublicWorld.secretName))
            let label = try #require(root.all("label").first)
            let input = try #require(root.all("input").first)
            #expect(label.attributes["for"] == input.attributes["id"])
            #expect(input.attributes["type"] == "date")
            #expect(input.attributes["name"] == "expiring_before")
            #expect(root.all("form").first?.attributes["method"] == "get")
            #expect(root.all("form").first?.attributes["action"] == "/accreditations")
        }
    }

    @Test("filters by the day awards end before")
    func filter() async throws {
        try await withTestApp { app in
            _ = try await PublicWorld.make(app)
            let client = APIClient(app: app)

            let none = try await client.send(.GET, "/accreditations?expiring_before=2028-01-01")
            let some = try await client.send(.GET, "/accreditations?expiring_before=2028-06-01")

            #expect(none.status == .ok)
            #expect(try PageCheck.structure(none.text).all("table").isEmpty)
            #expect(none.text.contains("No awards end before 1 January 2028."))
            let rows = try PageCheck.structure(some.text).all("tbody").first?.all("tr")
            #expect(rows?.count == 2)
            #expect(try PageCheck.structure(some.text).all("input").first?.attributes["value"] == "2028-06-01")
        }
    }

    @Test("a bad date gets the error summary, the message by the field and a 400")
    func badDate() async throws {
        try await withTestApp { app in
            let reply = try await APIClient(app: app).send(.GET, "/accreditations?expiring_before=31%2F12%2F2028")
            let root = try PageCheck.structure(reply.text)
            let main = try #require(root.all("main").first)
            let summary = try #require(main.children.first)

            #expect(reply.status == .badRequest)
            #expect(root.all("title").first?.allText == "Error: Register of awards – Equitas")
            #expect(summary.attributes["class"] == "error-summary")
            #expect(summary.all("h2").first?.allText == "There is a problem")
            let link = try #require(summary.all("a").first)
            #expect(link.attributes["href"] == "#expiring-before")
            #expect(link.allText == "Enter a real date, for example 2028-05-31")
            let input = try #require(root.all("input").first)
            #expect(input.attributes["id"] == "expiring-before")
            #expect(input.attributes["value"] == "31/12/2028")
            #expect(input.attributes["aria-invalid"] == "true")
            #expect(input.attributes["aria-describedby"] == "expiring-before-hint expiring-before-error")
            #expect(
                root.everything.first { $0.attributes["id"] == "expiring-before-error" }?.allText
                    == "Error: Enter a real date, for example 2028-05-31")
        }
    }
}
