import EquitasTestSupport
@testable import EquitasWeb
import Foundation
import Testing
import Vapor
import Yams

/// The OpenAPI file is the API's contract with other tools; this keeps it true.
@Suite("The OpenAPI description")
struct OpenAPIRouteTests {
    static let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options"]

    /// `/api/v1/challenges/:challengeID` and `/api/v1/challenges/{challengeID}` both
    /// become `GET /api/v1/challenges/{challengeID}`.
    static func normalise(method: String, path: String) -> String {
        let segments = path.split(separator: "/").map { segment -> String in
            segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
        }
        return method.uppercased() + " /" + segments.joined(separator: "/")
    }

    static func documentedOperations() throws -> Set<String> {
        let text = try String(contentsOf: OpenAPIController.documentURL(), encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: Any])
        var operations: Set<String> = []
        for (path, item) in paths {
            let item = try #require(item as? [String: Any], "\(path)")
            for key in item.keys where methods.contains(key) {
                operations.insert(normalise(method: key, path: path))
            }
        }
        return operations
    }

    @Test("documents every route the application serves, and no route it does not")
    func routesMatch() async throws {
        try await withTestApp { app in
            // Pages (outside /api/v1) are not part of the API's contract.
            let apiRoutes = app.routes.all.filter { $0.path.first?.description == "api" }
            let served = Set(apiRoutes.map { route in
                OpenAPIRouteTests.normalise(method: route.method.rawValue, path: "/" + route.path.map(\.description).joined(separator: "/"))
            })
            let documented = try OpenAPIRouteTests.documentedOperations()
            #expect(served.subtracting(documented).sorted() == [], "served but not documented")
            #expect(documented.subtracting(served).sorted() == [], "documented but not served")
            #expect(served.count > 40)
        }
    }

    @Test("is served at /api/v1/openapi.yaml")
    func served() async throws {
        try await withTestApp { app in
            let reply = try await APIClient(app: app).send(.GET, "/api/v1/openapi.yaml")
            #expect(reply.status == .ok)
            #expect(reply.text.hasPrefix("openapi: 3.1.0"))
        }
    }
}
