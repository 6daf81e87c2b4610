import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import EquitasWeb

/// The matrix checks that routes do what their declarations say; these check, by
/// hand and without the probe, that the declarations say the right thing for the
/// cases that matter most — a council's drafts, the peers' work, the action plan.
@Suite("Access, case by case")
struct RouteAccessSpotChecks {
    static func send(
        _ app: Application, _ method: HTTPMethod, _ path: String, as signed: AccessWorld.Signed, json: String? = nil
    ) async throws -> HTTPResponseStatus {
        var headers = HTTPHeaders()
        if let token = signed.token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        var body: ByteBuffer?
        if let json { headers.contentType = .json; body = ByteBuffer(string: json) }
        var status = HTTPResponseStatus.internalServerError
        try await app.testing().test(method, path, headers: headers, body: body) { status = $0.status }
        return status
    }

    static func actor(_ world: AccessWorld, _ name: String) throws -> AccessWorld.Signed {
        try #require(world.actors.first { $0.name == name }?.signed)
    }

    @Test("another council's challenge does not exist for a council officer; their own is readable, but its findings stay with the team")
    func councils() async throws {
        try await withTestApp { app in
            let world = try await AccessWorld.make(app)
            try await world.setStatus(.onSite, app)
            let officer = try Self.actor(world, "council officer")
            let ours = "/api/v1/challenges/\(world.ourChallenge.uuidString.lowercased())"
            let theirs = "/api/v1/challenges/\(world.theirChallenge.uuidString.lowercased())"
            #expect(try await Self.send(app, .GET, theirs, as: officer) == .notFound)
            #expect(try await Self.send(app, .GET, theirs + "/findings", as: officer) == .notFound)
            #expect(try await Self.send(app, .GET, ours, as: officer) == .ok)
            #expect(try await Self.send(app, .GET, ours + "/programme", as: officer) == .ok)
            #expect(try await Self.send(app, .GET, ours + "/findings", as: officer) == .notFound)
            #expect(try await Self.send(app, .POST, ours + "/findings", as: officer, json: "{}") == .notFound)
            #expect(try await Self.send(app, .POST, ours + "/transition", as: officer, json: #"{"status":"drafting"}"#) == .forbidden)
            // The list holds their own challenge only.
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: officer.token!)
            try await app.testing().test(.GET, "/api/v1/challenges", headers: headers) { response in
                let page = try TestJSON.decode(Page<Identified<Challenge>>.self, response.body)
                #expect(page.items.map(\.id) == [world.ourChallenge])
            }
        }
    }

    @Test("a peer writes findings while on site, reads until the report is final, then sees nothing but the published report")
    func peers() async throws {
        try await withTestApp { app in
            let world = try await AccessWorld.make(app)
            let peer = try Self.actor(world, "peer")
            let ours = "/api/v1/challenges/\(world.ourChallenge.uuidString.lowercased())"
            try await world.setStatus(.onSite, app)
            // Passes access; the empty body is then refused as input, not as access.
            #expect(try await Self.send(app, .POST, ours + "/findings", as: peer, json: "{}") == .unprocessableEntity)
            #expect(try await Self.send(app, .GET, "/api/v1/challenges/\(world.theirChallenge.uuidString.lowercased())", as: peer) == .notFound)
            try await world.setStatus(.final, app)
            #expect(try await Self.send(app, .GET, ours + "/findings", as: peer) == .ok)
            #expect(try await Self.send(app, .POST, ours + "/findings", as: peer, json: "{}") == .forbidden)
            try await world.setStatus(.published, app)
            #expect(try await Self.send(app, .GET, ours + "/findings", as: peer) == .notFound)
            #expect(try await Self.send(app, .GET, "/api/v1/action-plans", as: peer) == .forbidden)
        }
    }

    @Test("the public reads frameworks and the register and needs to sign in for the rest")
    func publicReads() async throws {
        try await withTestApp { app in
            let world = try await AccessWorld.make(app)
            let anyone = try Self.actor(world, "public")
            #expect(try await Self.send(app, .GET, "/api/v1/frameworks", as: anyone) == .ok)
            #expect(try await Self.send(app, .GET, "/api/v1/accreditations", as: anyone) == .ok)
            #expect(try await Self.send(app, .GET, "/api/v1/challenges", as: anyone) == .unauthorized)
            #expect(try await Self.send(app, .GET, "/api/v1/organisations", as: anyone) == .unauthorized)
            #expect(try await Self.send(app, .POST, "/api/v1/organisations", as: anyone, json: #"{"name":"X","type":"district-council"}"#) == .unauthorized)
            #expect(try await OrganisationStore(db: app.db).list(try PageRequest(per: 10)).items.count == 2)
        }
    }

    @Test("a councillor reads their council's plan and changes nothing; an officer of another council cannot start a plan for ours")
    func plans() async throws {
        try await withTestApp { app in
            let world = try await AccessWorld.make(app)
            let councillor = try Self.actor(world, "councillor")
            let officer = try Self.actor(world, "council officer")
            let ourPlan = "/api/v1/action-plans/\(world.ourPlan.uuidString.lowercased())"
            #expect(try await Self.send(app, .GET, ourPlan, as: councillor) == .ok)
            #expect(try await Self.send(app, .PUT, ourPlan, as: councillor, json: "{}") == .forbidden)
            #expect(try await Self.send(app, .GET, "/api/v1/action-plans/\(world.theirPlan.uuidString.lowercased())", as: officer) == .notFound)
            let theirs = #"{"organisation_id":"\#(world.theirs.uuidString.lowercased())","title":"Not ours"}"#
            #expect(try await Self.send(app, .POST, "/api/v1/action-plans", as: officer, json: theirs) == .forbidden)
            let own = #"{"organisation_id":"\#(world.ours.uuidString.lowercased())","title":"Ours too"}"#
            #expect(try await Self.send(app, .POST, "/api/v1/action-plans", as: officer, json: own) == .created)
        }
    }
}
