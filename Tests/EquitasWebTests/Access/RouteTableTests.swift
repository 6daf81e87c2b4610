import EquitasCore
import EquitasTestSupport
import Foundation
import RoutingKit
import Testing
import Vapor

@testable import EquitasWeb

/// The route table is the only source of routes: everything the application serves
/// comes from it, once, with a resource and a kind of access, and every link the table
/// builds reaches the route it was built from (not another one that happens to match).
@Suite("The route table")
struct RouteTableTests {
    @Test("every registered route comes from the table, and every declared route is registered once")
    func registeredFromTheTable() async throws {
        try await withTestApp { app in
            let routes = app.routes.all
            let undeclared = routes.filter { $0.declaration == nil || $0.protectedResource == nil }.map { "\($0.method) /\($0.path.string)" }
            #expect(undeclared.isEmpty, "routes not from the table: \(undeclared)")
            let registered = routes.compactMap(\.declaration)
            #expect(registered.count == RouteTable.all.count)
            #expect(Set(registered) == Set(RouteTable.all))
            #expect(Set(RouteTable.all).count == RouteTable.all.count, "a route is declared twice")
            for route in routes {
                guard let declared = route.declaration else { continue }
                #expect(route.method == declared.method && route.path == declared.pathComponents, "\(declared)")
                #expect(route.protectedResource == declared.resource)
                #expect(route.accessKind == declared.access)
            }
        }
    }

    @Test("a link built from each declared route, with sample values, resolves to that route")
    func linksResolve() async throws {
        try await withTestApp { app in
            let router = TrieRouter(Route.self)
            for route in app.routes.all {
                router.register(route, at: [.constant(route.method.rawValue)] + route.path)
            }
            for declared in RouteTable.all {
                let values = declared.parameters.map(Self.sample)
                let path = declared.path(values)
                var parameters = Parameters()
                let found = router.route(path: [declared.method.rawValue] + path.split(separator: "/").map(String.init), parameters: &parameters)
                #expect(found?.declaration == declared, "\(path) reaches \(found.map { "\($0.method) /\($0.path.string)" } ?? "nothing")")
                for (name, value) in zip(declared.parameters, values) {
                    #expect(parameters.get(name.rawValue) == value, "\(path): \(name.rawValue)")
                }
            }
        }
    }

    @Test("typed links print ids in lower case, in the order of the path")
    func typedLinks() {
        let challenge = UUID(uuidString: "0A1B2C3D-0000-4000-8000-000000000001")!
        let finding = UUID(uuidString: "0A1B2C3D-0000-4000-8000-000000000002")!
        #expect(Site.challenges.path == "/challenges")
        #expect(Site.challenge.path(challenge) == "/challenges/0a1b2c3d-0000-4000-8000-000000000001")
        #expect(
            Site.challengeFindingEdit.path(challenge, finding)
                == "/challenges/0a1b2c3d-0000-4000-8000-000000000001/findings/0a1b2c3d-0000-4000-8000-000000000002/edit")
        #expect(Site.challengeSelfAssessmentItemEdit.path(challenge, "1.2").hasSuffix("/self-assessment/1.2/edit"))
        #expect(API.challengeReportVersionComments.path(challenge, 3).hasSuffix("/report/versions/3/comments"))
    }

    @Test("edit and new forms declare that they write; other reads by GET declare read")
    func formsDeclareWrite() {
        for declared in RouteTable.all where declared.method == .GET {
            let last = declared.segments.last?.description
            if last == "edit" || last == "new" {
                #expect(declared.access == .write, "\(declared)")
            }
        }
        for declared in RouteTable.all where declared.method != .GET {
            #expect(declared.access == .write, "\(declared)")
        }
        #expect(Site.libraryImport.declaration.access == .write)
        #expect(Site.challenge.declaration.access == .read)
    }

    @Test("a route the table does not list for the surface cannot be registered")
    func undeclaredRefused() throws {
        // A bare route list: no application is needed to see what registering accepts.
        let routes = Routes()
        let stray = Endpoint<UUID>(.GET, "challenges", .challengeID, "stray", resource: .challenge(.setUp))
        let pages = DeclaredRoutes(routes, surface: .pages)
        #expect(throws: UndeclaredRoute.self) { try pages.on(stray) { _ in "" } }
        // Declared, but for the pages: not accepted among the API's routes.
        #expect(throws: UndeclaredRoute.self) { try DeclaredRoutes(routes, surface: .api).on(Site.dashboard) { _ in "" } }
        #expect(routes.all.isEmpty)
        try pages.on(Site.dashboard) { _ in "" }
        #expect(routes.all.count == 1)
    }

    static func sample(_ parameter: RouteParameter) -> String {
        switch parameter {
        case .number: "2"
        case .criterionID: "1.2"
        case .date: "2026-03-31"
        case .frameworkID: "lgef-2021"
        case .secret: "sample-secret"
        default: UUID().uuidString.lowercased()
        }
    }
}
