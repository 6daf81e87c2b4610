import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import EquitasWeb

/// Every route the application serves, API and pages, asked by every role about its
/// own council's challenge and plan and about another council's, at every status a
/// challenge passes through. The routes come from the running application, so a new
/// route is in the matrix the moment it exists, and one that declares no resource
/// fails here. The access probe makes each request stop once the decision is made,
/// so nothing is changed and the order of requests does not matter.
@Suite("The role × route matrix")
struct RouteAccessMatrixTests {
    static let statuses = ChallengeAccessTable.statuses

    @Test("every route declares what it touches, and answers every role as the policy says")
    func matrix() async throws {
        try await withTestApp { app in
            let world = try await AccessWorld.make(app)
            let routes = app.routes.all
            let undeclared = routes.filter { $0.protectedResource == nil }.map { "\($0.method) /\($0.path.string)" }
            #expect(undeclared.isEmpty, "routes with no access rule: \(undeclared)")

            var cells = 0
            var wrong: [String] = []
            var unclassified: [String] = []
            for status in Self.statuses {
                try await world.setStatus(status, app)
                let facts = try await Self.facts(world, app)
                for route in routes {
                    guard let declared = route.protectedResource else { continue }
                    // Only a challenge's own routes depend on its status (by their path, not
                    // their declaration); the rest are asked once.
                    if Self.handPart(route) == nil && status != Self.statuses[0] { continue }
                    for target in [Target.ours, .theirs] {
                        let path = Self.path(route, world, target)
                        for (name, signed) in world.actors {
                            let page = !path.hasPrefix("/api/")
                            let expected: HTTPResponseStatus
                            switch ChallengeAccessTable.part(method: route.method, path: route.path.map { "\($0)" }, page: page) {
                            case .none:
                                unclassified.append("\(route.method) /\(route.path.string)")
                                continue
                            case .some(.some(let part)):
                                let letter = ChallengeAccessTable.letter(
                                    role: signed.actor.role, part: part, status: status, kind: route.accessKind, ours: target == .ours)
                                expected = ChallengeAccessTable.status(for: letter, method: route.method, page: page)
                            case .some(.none):
                                expected = Self.expected(declared, route, signed.actor, facts[target]!, page: page)
                            }
                            let got = try await Self.probe(app, route.method, path, signed, page: !path.hasPrefix("/api/"))
                            cells += 1
                            if got != expected {
                                wrong.append("\(status.rawValue) · \(name) · \(route.method) \(path) [\(declared)]: \(got.code), expected \(expected.code)")
                            }
                        }
                    }
                }
            }
            #expect(Set(unclassified).isEmpty, "routes under a challenge with no part in ChallengeAccessTable: \(Set(unclassified).sorted())")
            #expect(wrong.isEmpty, "\(wrong.count) cells differ:\n\(wrong.prefix(40).joined(separator: "\n"))")
            // Written to the test log so that the note can say how big the matrix is.
            let challengeRoutes = routes.filter { Self.handPart($0) != nil }.count
            print(
                "role × route matrix: \(routes.count) routes (\(challengeRoutes) of a challenge, each at \(Self.statuses.count) statuses)"
                    + " × \(world.actors.count) roles × 2 councils = \(cells) requests")
            let expectedCells = (routes.count - challengeRoutes + challengeRoutes * Self.statuses.count) * world.actors.count * 2
            #expect(cells == expectedCells)
        }
    }

    enum Target: Hashable { case ours, theirs }

    /// The part of a challenge the route's path says it touches, by the hand-written table.
    static func handPart(_ route: Route) -> ChallengeArea? {
        let page = route.path.first.map { "\($0)" } != "api"
        return ChallengeAccessTable.part(method: route.method, path: route.path.map { "\($0)" }, page: page) ?? nil
    }

    struct TargetFacts {
        var challenge: ChallengeFacts
        /// The target council: its plan's, and the one whose equality data is asked for.
        var planOrganisation: UUID
    }

    static func facts(_ world: AccessWorld, _ app: Application) async throws -> [Target: TargetFacts] {
        let access = AccessFacts(db: app.db)
        return [
            .ours: TargetFacts(challenge: try await access.challenge(world.ourChallenge), planOrganisation: world.ours),
            .theirs: TargetFacts(challenge: try await access.challenge(world.theirChallenge), planOrganisation: world.theirs),
        ]
    }

    /// The route's path with its parameters filled: the challenge and plan of the
    /// target council; anything else a fresh id (the probe stops before it is looked up).
    static func path(_ route: Route, _ world: AccessWorld, _ target: Target) -> String {
        let parts = route.path.map { component -> String in
            switch component {
            case .constant(let text): return text
            case .parameter("challengeID"): return (target == .ours ? world.ourChallenge : world.theirChallenge).uuidString.lowercased()
            case .parameter("planID"): return (target == .ours ? world.ourPlan : world.theirPlan).uuidString.lowercased()
            case .parameter("organisationID"): return (target == .ours ? world.ours : world.theirs).uuidString.lowercased()
            case .parameter("number"): return "1"
            case .parameter: return UUID().uuidString.lowercased()
            case .anything: return "x"
            case .catchall: return "x/y"
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// What the route must answer: 204 from the probe when allowed; otherwise 401 from
    /// the API (a page sends a GET to sign in with 303), 403, or the 404 that hides.
    static func expected(_ declared: ProtectedResource, _ route: Route, _ actor: Actor, _ facts: TargetFacts, page: Bool) -> HTTPResponseStatus {
        let kind = route.accessKind
        let decision: AccessDecision
        switch declared {
        case .everyone: decision = .allowed
        case .signedIn: decision = actor.role == .public ? .signInNeeded : .allowed
        case .frameworks: decision = .decide(actor, kind, .frameworks)
        case .publicRegister: decision = .decide(actor, kind, .publicRegister)
        case .directory: decision = .decide(actor, kind, .directory)
        case .accounts: decision = .decide(actor, kind, .accounts)
        case .challengeRegister: decision = .decide(actor, kind, .challengeRegister)
        case .actionPlanRegister: decision = .decide(actor, kind, .actionPlanRegister)
        case .challenge(let area): decision = .decide(actor, kind, .challenge(facts.challenge, part: area))
        case .actionPlan: decision = .decide(actor, kind, .actionPlan(organisationId: facts.planOrganisation))
        case .organisationData(let area): decision = .decide(actor, kind, .organisationData(organisationId: facts.planOrganisation, area: area))
        }
        switch decision {
        case .allowed: return .noContent
        case .signInNeeded: return page && route.method == .GET ? .seeOther : .unauthorized
        case .hidden: return .notFound
        case .forbidden: return .forbidden
        }
    }

    static func probe(_ app: Application, _ method: HTTPMethod, _ path: String, _ signed: AccessWorld.Signed, page: Bool) async throws -> HTTPResponseStatus {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: AccessMiddleware.probeHeader, value: "1")
        if page, let cookie = signed.cookie { headers.replaceOrAdd(name: .cookie, value: cookie) }
        if !page, let token = signed.token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        var status = HTTPResponseStatus.internalServerError
        try await app.testing().test(method, path, headers: headers) { response in status = response.status }
        return status
    }
}
