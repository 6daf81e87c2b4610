import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Published report downloads")
struct PublishedReportTests {
    @Test("the final report of a published challenge in each offered format")
    func final() async throws {
        try await withTestApp { app in
            let world = try await PublicWorld.make(app)
            let client = APIClient(app: app)
            let base = "/published/\(world.finalised)/report"

            let html = try await client.send(.GET, base)
            #expect(html.status == .ok)
            #expect(html.headers.contentType?.serialize() == "text/html; charset=utf-8")
            #expect(html.headers.first(name: .contentDisposition)?.hasPrefix("inline;") == true)
            #expect(html.headers.first(name: .contentDisposition)?.contains("final") == true)
            #expect(html.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(html.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!html.text.contains("<script>"))

            let docx = try await client.send(.GET, base + "?format=docx")
            #expect(docx.status == .ok)
            #expect(docx.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
            #expect(docx.body.getBytes(at: 0, length: 2) == Array("PK".utf8))

            let markdown = try await client.send(.GET, base + "?format=md")
            #expect(markdown.status == .ok)
            #expect(markdown.headers.contentType?.serialize() == "text/markdown; charset=utf-8")

            let deck = try await client.send(.GET, base + "?format=pptx")
            #expect(deck.status == .badRequest)
            try PageCheck.structure(deck.text)
        }
    }

    @Test("published without a final version, drafting, and unknown all get the same 404 page")
    func hidden() async throws {
        try await withTestApp { app in
            let world = try await PublicWorld.make(app, withUnversioned: true)
            let client = APIClient(app: app)
            let pages = [try #require(world.unversioned).uuidString, world.drafting.uuidString, UUID().uuidString, "not-an-id"]

            var bodies: Set<String> = []
            for id in pages {
                for format in ["html", "docx", "md"] {
                    let reply = try await client.send(.GET, "/published/\(id)/report?format=\(format)")
                    #expect(reply.status == .notFound, "\(id) \(format)")
                    #expect(reply.headers.contentType?.serialize() == "text/html; charset=utf-8")
                    bodies.insert(reply.text)
                }
            }
            #expect(bodies.count == 1)
            try PageCheck.structure(try #require(bodies.first))
        }
    }
}
