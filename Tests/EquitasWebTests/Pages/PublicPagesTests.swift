import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The public pages")
struct PublicPagesTests {
    @Test("every public page is well formed, with one h1, a language, a skip link and a main landmark")
    func structure() async throws {
        try await withTestApp { app in
            _ = try await PublicWorld.make(app)
            let client = APIClient(app: app)
            for path in [
                "/", "/published", "/accreditations", "/accreditations?expiring_before=2030-01-01", "/accreditations?expiring_before=soon",
            ] {
                let reply = try await client.send(.GET, path)
                #expect(reply.headers.contentType?.serialize() == "text/html; charset=utf-8", "\(path)")
                try PageCheck.structure(reply.text)
            }
            try PageCheck.structure(try await client.send(.GET, "/published/\(UUID())/report").text)
        }
    }

    @Test("pages carry the security headers, and the style sheet is served")
    func headers() async throws {
        try await withTestApp { app in
            let client = APIClient(app: app)
            for path in ["/", "/published", "/accreditations", "/published/\(UUID())/report"] {
                let reply = try await client.send(.GET, path)
                #expect(
                    reply.headers.first(name: "Content-Security-Policy")
                        == "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
                    "\(path)")
                #expect(reply.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(reply.headers.first(name: "Referrer-Policy") == "same-origin")
            }
            let css = try await client.send(.GET, "/assets/equitas.css")
            #expect(css.status == .ok)
            #expect(css.headers.contentType?.serialize() == "text/css; charset=utf-8")
            #expect(css.text.contains("#ffdd00"))
        }
    }

    @Test("the home page says what Equitas is and links to the public pages")
    func home() async throws {
        try await withTestApp { app in
            let reply = try await APIClient(app: app).send(.GET, "/")
            let root = try PageCheck.structure(reply.text)
            let links = Set(root.all("main").first?.all("a").compactMap { $0.attributes["href"] } ?? [])
            #expect(reply.status == .ok)
            #expect(links == ["/published", "/accreditations", "/library"])
            #expect(root.all("title").first?.allText == "Equality assessments and peer challenges – Equitas")
        }
    }

    @Test("published lists published challenges only, newest first, with links only to a final report")
    func published() async throws {
        try await withTestApp { app in
            let world = try await PublicWorld.make(app, withUnversioned: true)
            let reply = try await APIClient(app: app).send(.GET, "/published")
            let main = try #require(try PageCheck.structure(reply.text).all("main").first)

            let headings = main.all("h2").map(\.allText)
            #expect(
                headings == [
                    "Oldfield District Council and Eastmere Borough Council",
                    "\(PublicWorld.hostileName) and Northfell District Council",
                    "Wyvern Vale District Council and Calder Moor Borough Council",
                ])
            #expect(!reply.text.contains(PublicWorld.secretName))
            #expect(!reply.text.contains(world.drafting.uuidString.lowercased()))
            let hrefs = main.all("a").compactMap { $0.attributes["href"] }
            // The demo has its final report too; the one published with none has no links.
            let ids = [world.finalised, world.demo].map { $0.uuidString.lowercased() }
            #expect(hrefs == ids.flatMap { id in ["html", "docx", "md"].map { "/published/\(id)/report?format=\($0)" } })
            #expect(main.allText.contains("The final report is not available online."))
            #expect(main.allText.contains("Equality Framework for Local Government"))
            #expect(main.allText.contains("Achieving, awarded 2 May 2025, until 2 May 2028"))
        }
    }

    @Test("a council name made of markup comes out escaped")
    func escaped() async throws {
        try await withTestApp { app in
            _ = try await PublicWorld.make(app)
            for path in ["/published", "/accreditations"] {
                let text = try await APIClient(app: app).send(.GET, path).text
                #expect(!text.contains("<script>"), "\(path)")
                #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\""), "\(path)")
            }
        }
    }
}
