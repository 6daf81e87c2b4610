import EquitasTestSupport
@testable import EquitasWeb
import Foundation
import Testing
import Vapor

@Suite("Prometheus metrics at /metrics")
struct MetricsEndpointTests {
    struct Boom: Error {}

    @Test("counts requests by route pattern, never by the path asked for")
    func routePatterns() async throws {
        try await withTestApp { app in
            let client = APIClient(app: app)
            let unknown = UUID().uuidString.lowercased()
            #expect(try await client.send(.GET, "/api/v1/frameworks").status == .ok)
            #expect(try await client.send(.GET, "/api/v1/challenges/\(unknown)").status == .notFound)
            #expect(try await client.send(.GET, "/api/v1/challenges/\(unknown)").status == .notFound)
            #expect(try await client.send(.GET, "/no/such/\(unknown)").status == .notFound)
            #expect(try await client.send(.GET, "/api/v1/organisations").status == .ok)

            let reply = try await client.send(.GET, "/metrics")
            #expect(reply.status == .ok)
            #expect(reply.headers.contentType?.type == "text" && reply.headers.contentType?.subType == "plain")
            let text = reply.text
            #expect(text.contains("# TYPE equitas_http_requests_total counter"))
            #expect(text.contains(#"equitas_http_requests_total{method="GET",route="/api/v1/frameworks",status="200"} 1"#))
            #expect(text.contains(#"equitas_http_requests_total{method="GET",route="/api/v1/challenges/:challengeID",status="404"} 2"#))
            #expect(text.contains(#"equitas_http_requests_total{method="GET",route="unmatched",status="404"} 1"#))
            #expect(text.contains(#"equitas_http_request_duration_seconds_count{method="GET",route="/api/v1/frameworks",status_class="2xx"} 1"#))
            #expect(!text.contains(unknown), "a raw id became a label")
            // The list of councils went through Fluent (a count and a page). The token's
            // and the challenges' lookups are kept statements, raw SQL, not counted.
            let queries = try Self.value(of: "equitas_database_queries_total", in: text)
            #expect(queries >= 2, "\(queries) queries counted")
            #expect(try Self.value(of: "equitas_database_pool_max_connections", in: text, labelled: "driver") >= 1)
        }
    }

    @Test("shows what the page cache answered and what it keeps")
    func pageCache() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let client = APIClient(app: app)
            // The access check keeps the challenge's facts: the second read is answered from them.
            for _ in 0..<2 {
                #expect(try await client.send(.GET, "/api/v1/challenges/\(demo.challengeId.uuidString.lowercased())").status == .ok)
            }
            // One read that waits for another's load under way, held at a gate until it does.
            let cache = app.stampedCache
            let key = StampedCache.Key("test", UUID())
            let (gate, open) = AsyncStream.makeStream(of: Void.self)
            let first = Task { try await cache.value(key, stamp: 1) { () async -> Int in
                for await _ in gate {}
                return 1
            } }
            while cache.counts.loading == 0 { await Task.yield() }
            let second = Task { try await cache.value(key, stamp: 1) { 2 } }
            while cache.counts.waits == 0 { await Task.yield() }
            open.finish()
            #expect(try await (first.value, second.value) == (1, 1))
            let text = try await client.send(.GET, "/metrics").text
            #expect(try Self.value(of: "equitas_page_cache_hits_total", in: text) >= 2)
            #expect(try Self.value(of: "equitas_page_cache_misses_total", in: text) >= 1)
            #expect(try Self.value(of: "equitas_page_cache_waits_total", in: text) == 1)
            #expect(try Self.value(of: "equitas_page_cache_entries", in: text) >= 1)
            #expect(try Self.value(of: "equitas_page_cache_estimated_bytes", in: text) > 0)
        }
    }

    @Test("counts answers with a 5xx status apart")
    func serverErrors() async throws {
        try await withTestApp { app in
            app.get("test-failure") { _ -> String in throw Boom() }
            let client = APIClient(app: app, token: nil)
            #expect(try await client.send(.GET, "/test-failure").status == .internalServerError)
            #expect(try await client.send(.GET, "/test-failure").status == .internalServerError)
            #expect(try await client.send(.GET, "/healthz").status == .ok)
            let text = try await client.send(.GET, "/metrics").text
            #expect(text.contains(#"equitas_http_server_errors_total{method="GET",route="/test-failure"} 2"#))
            #expect(text.contains(#"equitas_http_requests_total{method="GET",route="/test-failure",status="500"} 2"#))
            #expect(!text.contains(#"equitas_http_server_errors_total{method="GET",route="/healthz"}"#))
        }
    }

    @Test("with EQUITAS_METRICS_TOKEN set, answers only to that bearer token")
    func token() async throws {
        try await withTestApp { app in
            app.equitas.metricsToken = "scrape-secret"
            #expect(try await APIClient(app: app, token: nil).send(.GET, "/metrics").status == .unauthorized)
            let wrong = try await APIClient(app: app, token: "scrape-secreT").send(.GET, "/metrics")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers.first(name: "WWW-Authenticate") == "Bearer")
            // An account's API token is not the metrics token.
            #expect(try await APIClient(app: app).send(.GET, "/metrics").status == .unauthorized)
            let right = try await APIClient(app: app, token: "scrape-secret").send(.GET, "/metrics")
            #expect(right.status == .ok)
            #expect(right.text.contains(#"route="/metrics",status="401"} 3"#))
        }
    }

    @Test("each application keeps its own figures")
    func separateRegistries() async throws {
        try await withTestApp { first in
            _ = try await APIClient(app: first, token: nil).send(.GET, "/healthz")
            try await withTestApp { second in
                let text = try await APIClient(app: second, token: nil).send(.GET, "/metrics").text
                #expect(!text.contains(#"route="/healthz""#))
            }
        }
    }

    /// The value of the first sample of `name` (with a label set when `labelled` is given).
    static func value(of name: String, in text: String, labelled label: String? = nil) throws -> Double {
        let prefix = label.map { "\(name){\($0)=" } ?? "\(name) "
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(prefix) }, "no \(name) in the metrics")
        return try #require(Double(line.split(separator: " ").last ?? ""))
    }
}
