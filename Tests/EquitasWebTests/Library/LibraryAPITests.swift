import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The library API")
struct LibraryAPITests {
    static func json(_ reply: APIClient.Reply) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: reply.body)) as? [String: Any], "\(reply.text)")
    }

    @Test("a search answers in snake_case, with the matches in <mark> and everything else escaped")
    func search() async throws {
        try await withTestApp { app in
            let world = try await LibraryWorld.make(app)
            let reply = try await APIClient(app: app, token: nil).send(.GET, "/api/v1/library/search?q=staff%20network&per=2")
            #expect(reply.status == .ok, "\(reply.text)")
            let body = try Self.json(reply)
            #expect(body["total"] as? Int == 3)
            #expect(body["total_is_at_least"] as? Bool == false)
            #expect(body["per"] as? Int == 2)
            #expect(body["query"] as? String == "staff network")
            let results = try #require(body["results"] as? [[String: Any]])
            #expect(results.count == 2)
            let first = results[0]
            #expect((first["highlighted_html"] as? String)?.contains("<mark>") == true)
            for key in ["id", "kind", "module", "module_title", "text", "highlighted_html", "matched", "organisation_names", "challenge"] {
                #expect(first[key] != nil, "\(key)")
            }
            let challenge = try #require(first["challenge"] as? [String: Any])
            #expect(challenge["framework_name"] as? String == "Equality Framework for Local Government")
            #expect(challenge["status"] as? String == "published")

            let quotes = try Self.json(try await APIClient(app: app, token: nil).send(.GET, "/api/v1/library/search?q=network&kind=quote"))
            let hostile = try #require((quotes["results"] as? [[String: Any]])?.first)
            #expect(hostile["id"] as? String == world.hostile.uuidString)
            let html = try #require(hostile["highlighted_html"] as? String)
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("<mark>network</mark>"))
            #expect(!html.contains("<script>"))
            #expect(hostile["text"] as? String == LibraryWorld.hostileText)
        }
    }

    @Test("the public finds published challenges only; the administrator finds drafts too")
    func visibility() async throws {
        try await withTestApp { app in
            _ = try await LibraryWorld.make(app)
            let path = "/api/v1/library/search?q=staff%20network"
            #expect(try Self.json(try await APIClient(app: app, token: nil).send(.GET, path))["total"] as? Int == 3)
            #expect(try Self.json(try await APIClient(app: app).send(.GET, path))["total"] as? Int == 4)
            let year = try Self.json(try await APIClient(app: app).send(.GET, path + "&year=2024&organisation_type=county-council"))
            #expect(year["total"] as? Int == 1)
        }
    }

    @Test("a bad query or filter is a 422 naming the field")
    func badInput() async throws {
        try await withTestApp { app in
            let client = APIClient(app: app, token: nil)
            for (query, field) in [("q=the", "q"), ("q=", "q"), ("q=staff&kind=nonsense", "kind"), ("q=staff&year=abc", "year"), ("q=staff&year=1700", "year")] {
                let reply = try await client.send(.GET, "/api/v1/library/search?" + query)
                #expect(reply.status == .unprocessableEntity, "\(query): \(reply.text)")
                #expect(reply.error?.path == field, "\(query): \(reply.text)")
            }
        }
    }

    @Test("similar practice comes from other challenges; an entry the caller may not see is not found")
    func similar() async throws {
        try await withTestApp { app in
            let world = try await LibraryWorld.make(app)
            let anyone = APIClient(app: app, token: nil)
            let reply = try await anyone.send(.GET, "/api/v1/library/entries/\(world.disabledNetwork)/similar")
            #expect(reply.status == .ok, "\(reply.text)")
            let body = try Self.json(reply)
            #expect((body["entry"] as? [String: Any])?["id"] as? String == world.disabledNetwork.uuidString)
            let similar = try #require(body["similar"] as? [[String: Any]])
            let ids = similar.compactMap { $0["id"] as? String }
            #expect(ids.contains(world.carersNetwork.uuidString))
            #expect(!ids.contains(world.hostile.uuidString))
            #expect(!ids.contains(world.youngNetwork.uuidString))

            let hidden = try await anyone.send(.GET, "/api/v1/library/entries/\(world.youngNetwork)/similar")
            #expect(hidden.status == .notFound)
            #expect(!hidden.text.contains("young people"))
            let seen = try await APIClient(app: app).send(.GET, "/api/v1/library/entries/\(world.youngNetwork)/similar")
            #expect(seen.status == .ok)
            let bad = try await anyone.send(.GET, "/api/v1/library/entries/\(world.disabledNetwork)/similar?limit=500")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.error?.path == "limit")
        }
    }
}
