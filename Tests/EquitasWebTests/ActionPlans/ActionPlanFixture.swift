import EquitasCore
import EquitasLibrary
import Foundation
import Testing
import Vapor

/// The demo joint challenge (published) loaded through the API, without the demo's own
/// action plan, and the requests the action plan tests repeat.
struct ActionPlanFixture {
    let api: APIClient
    let challengeId: UUID
    let wyvernId: UUID
    let calderId: UUID

    static let calderName = "Calder Moor Borough Council"
    static let wyvernName = "Wyvern Vale District Council"

    /// The recommendations Calder Moor answers: the joint ones and its own (3); 6 and 8
    /// are Wyvern Vale's alone.
    static let calderNumbers = [1, 2, 3, 4, 5, 7, 9, 10]

    static func demo(_ app: Application) async throws -> ActionPlanFixture {
        let api = APIClient(app: app)
        let reply = try await api.send(.POST, "/api/v1/challenges/import", body: ByteBuffer(data: try DemoData.challengeDocument()))
        #expect(reply.status == .created, "\(reply.text)")
        let challengeId = try reply.decode(Identified<ReportTrailClient.Empty>.self).id
        let organisations = try await api.send(.GET, "/api/v1/organisations?per=200").decode(Page<Identified<Organisation>>.self).items
        let wyvern = try #require(organisations.first { $0.value.name == wyvernName })
        let calder = try #require(organisations.first { $0.value.name == calderName })
        return ActionPlanFixture(api: api, challengeId: challengeId, wyvernId: wyvern.id, calderId: calder.id)
    }

    func plan(_ id: UUID, _ rest: String = "") -> String {
        rest.isEmpty ? "/api/v1/action-plans/\(id)" : "/api/v1/action-plans/\(id)/\(rest)"
    }

    /// `POST /challenges/{id}/action-plan` with a raw body (nil sends none).
    func createFromChallenge(_ body: String?) async throws -> APIClient.Reply {
        let path = "/api/v1/challenges/\(challengeId)/action-plan"
        guard let body else { return try await api.send(.POST, path) }
        return try await api.send(.POST, path, raw: body)
    }

    /// Calder Moor's plan made from the final report.
    func calderPlan() async throws -> ActionPlanRecord {
        let reply = try await createFromChallenge(#"{"organisation_id": "\#(calderId)"}"#)
        #expect(reply.status == .created, "\(reply.text)")
        return try reply.decode(ActionPlanRecord.self)
    }

    func record(_ planId: UUID) async throws -> ActionPlanRecord {
        let reply = try await api.send(.GET, plan(planId))
        #expect(reply.status == .ok, "\(reply.text)")
        return try reply.decode(ActionPlanRecord.self)
    }

    func person(_ name: String, of organisation: UUID) async throws -> UUID {
        let reply = try await api.send(
            .POST, "/api/v1/people", json: Person(name: name, organisationId: organisation, jobTitle: "Service manager"))
        #expect(reply.status == .created, "\(reply.text)")
        return try reply.decode(Identified<Person>.self).id
    }

    func addAction(_ planId: UUID, item: UUID, _ action: PlanAction) async throws -> UUID {
        let reply = try await api.send(.POST, plan(planId, "items/\(item)/actions"), json: action)
        #expect(reply.status == .created, "\(reply.text)")
        return try reply.decode(Identified<PlanAction>.self).id
    }

    func addUpdate(_ planId: UUID, action: UUID, _ update: ProgressUpdate) async throws -> Identified<ProgressUpdate> {
        let reply = try await api.send(.POST, plan(planId, "actions/\(action)/updates"), json: update)
        #expect(reply.status == .created, "\(reply.text)")
        return try reply.decode(Identified<ProgressUpdate>.self)
    }

    /// A file sent as the whole body.
    func upload(_ path: String, _ data: Data, as contentType: HTTPMediaType) async throws -> APIClient.Reply {
        try await api.send(.POST, path, body: ByteBuffer(data: data), contentType: contentType)
    }

    /// An error body with every problem listed, as a spreadsheet import sends it.
    struct ErrorList: Decodable {
        struct Problem: Decodable, Equatable {
            var path: String?
            var message: String
        }

        var status: Int
        var message: String
        var path: String?
        var errors: [Problem]?
    }
}

extension CalendarDate {
    /// A date written in a test; a typo stops the test rather than passing nil along.
    static func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }
}

extension HTTPMediaType {
    static let xlsx = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    static let csv = HTTPMediaType(type: "text", subType: "csv")
}
