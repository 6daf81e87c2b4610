import EquitasTestSupport
@testable import EquitasWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Request ids")
struct RequestIDTests {
    /// Sends `GET path` with the given X-Request-Id and returns the one the response carries.
    func answer(_ app: Application, _ path: String, id: String?) async throws -> (HTTPResponseStatus, String?, String) {
        var headers = HTTPHeaders()
        if let id { headers.add(name: "X-Request-Id", value: id) }
        var result: (HTTPResponseStatus, String?, String)?
        try await app.testing().test(.GET, path, headers: headers) { response in
            result = (response.status, response.headers.first(name: "X-Request-Id"), String(buffer: response.body))
        }
        return try #require(result)
    }

    @Test("a sane X-Request-Id is echoed, and handlers' log lines carry it")
    func echoed() async throws {
        try await withTestApp { app in
            app.get("test-request-id") { req in req.logger[metadataKey: "request_id"]?.description ?? "none" }
            let id = "lb-7f3a.Trace_01-" + String(repeating: "x", count: 100)
            let (status, echoed, body) = try await answer(app, "/test-request-id", id: id)
            #expect(status == .ok)
            #expect(echoed == id)
            #expect(body == id)
            // Errors carry it too, since that is when someone goes looking.
            let (missing, echoedOnError, _) = try await answer(app, "/no-such-page", id: "abc-123")
            #expect(missing == .notFound)
            #expect(echoedOnError == "abc-123")
        }
    }

    @Test("an id is made when none is given or the one given is not sane")
    func generated() async throws {
        try await withTestApp { app in
            app.get("test-request-id") { req in req.logger[metadataKey: "request_id"]?.description ?? "none" }
            let insane = ["", "two\nlines", String(repeating: "a", count: 500), String(repeating: "a", count: 129), "spa ce", "semi;colon", "ünï"]
            var seen: Set<String> = []
            for given in [nil] + insane {
                let (status, id, body) = try await answer(app, "/test-request-id", id: given)
                #expect(status == .ok)
                let made = try #require(id, "no id for \(String(describing: given))")
                #expect(UUID(uuidString: made) != nil, "\(String(describing: given)) gave \(made)")
                #expect(body == made)
                seen.insert(made)
            }
            #expect(seen.count == insane.count + 1, "ids are not fresh")
        }
    }

    @Test("the check accepts exactly 1–128 of A-Z a-z 0-9 . _ -")
    func acceptable() {
        #expect(RequestIDMiddleware.acceptable(String(repeating: "Z", count: 128)) != nil)
        #expect(RequestIDMiddleware.acceptable("a.b_c-D9") == "a.b_c-D9")
        #expect(RequestIDMiddleware.acceptable(String(repeating: "Z", count: 129)) == nil)
        #expect(RequestIDMiddleware.acceptable("a/b") == nil)
        #expect(RequestIDMiddleware.acceptable("a\r\nb") == nil)
        #expect(RequestIDMiddleware.acceptable(nil) == nil)
    }
}
